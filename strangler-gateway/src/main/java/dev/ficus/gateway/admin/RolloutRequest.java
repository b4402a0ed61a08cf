package dev.ficus.gateway.admin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.ficus.gateway.rollout.RolloutPlan;
import dev.ficus.gateway.rollout.Slo;

/**
 * Optional body of {@code POST /admin/routes/{capability}/rollout}; every absent field
 * takes the configured default. Durations are ISO-8601, e.g. {@code PT30S}.
 *
 * @param steps canary weights, ascending, ending at 100
 * @param minRequests service requests a step needs before it may advance
 * @param interval minimum time on a step
 * @param maxErrorRate highest tolerated service error rate, 0–1
 * @param maxP99Ratio highest tolerated service p99 relative to the monolith's
 * @param p99Floor latencies below this count as this
 * @param maxDiffRate highest tolerated shadow diff rate, 0–1
 */
record RolloutRequest(List<Integer> steps, Long minRequests, Duration interval, Double maxErrorRate, Double maxP99Ratio,
        Duration p99Floor, Double maxDiffRate) {

    static final RolloutRequest DEFAULTS = new RolloutRequest(null, null, null, null, null, null, null);

    RolloutPlan toPlan(RolloutPlan defaults) {
        Slo slo = defaults.slo();
        return new RolloutPlan(or(steps, defaults.steps()), or(minRequests, defaults.minRequests()),
                or(interval, defaults.interval()),
                new Slo(or(maxErrorRate, slo.maxErrorRate()), or(maxP99Ratio, slo.maxP99Ratio()),
                        or(p99Floor, slo.p99Floor()), or(maxDiffRate, slo.maxDiffRate())));
    }

    private static <T> T or(T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }

}
