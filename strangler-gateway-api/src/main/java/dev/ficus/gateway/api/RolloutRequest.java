package dev.ficus.gateway.api;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Optional body of {@code POST /admin/routes/{capability}/rollout}; every absent field
 * takes the gateway's configured default. Durations are ISO-8601, e.g. {@code PT30S}.
 *
 * @param steps canary weights, ascending, ending at 100
 * @param minRequests service requests a step needs before it may advance
 * @param interval minimum time on a step
 * @param maxErrorRate highest tolerated service error rate, 0–1
 * @param maxP99Ratio highest tolerated service p99 relative to the monolith's
 * @param p99Floor latencies below this count as this
 * @param maxDiffRate highest tolerated shadow diff rate, 0–1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RolloutRequest(@Nullable List<Integer> steps, @Nullable Long minRequests, @Nullable Duration interval,
        @Nullable Double maxErrorRate, @Nullable Double maxP99Ratio, @Nullable Duration p99Floor,
        @Nullable Double maxDiffRate) {

    /** No field given: the configured default plan. */
    public static final RolloutRequest DEFAULTS = new RolloutRequest(null, null, null, null, null, null, null);

}
