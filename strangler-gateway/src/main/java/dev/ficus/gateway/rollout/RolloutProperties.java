package dev.ficus.gateway.rollout;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of a progressive rollout, each overridable per rollout through the admin API.
 *
 * @param steps canary weights, ascending, ending at 100
 * @param minRequests service requests a step needs before it may advance
 * @param interval minimum time on a step
 * @param maxErrorRate highest tolerated service error rate, 0–1
 * @param maxP99Ratio highest tolerated service p99 as a multiple of the monolith's p99
 * @param p99Floor latencies below this count as this, so a sub-millisecond monolith does
 * not fail a fast service
 * @param maxDiffRate highest tolerated shadow diff rate, 0–1
 * @param checkEvery how often running rollouts are evaluated
 */
@ConfigurationProperties("ficus.gateway.rollout")
public record RolloutProperties(@DefaultValue( {
        "5", "25", "50", "100" }) List<Integer> steps, @DefaultValue("100") long minRequests,
        @DefaultValue("1m") Duration interval, @DefaultValue("0.01") double maxErrorRate,
        @DefaultValue("1.5") double maxP99Ratio, @DefaultValue("5ms") Duration p99Floor,
        @DefaultValue("0.01") double maxDiffRate, @DefaultValue("1s") Duration checkEvery){

    public RolloutPlan defaultPlan() {
        return new RolloutPlan(steps, minRequests, interval, new Slo(maxErrorRate, maxP99Ratio, p99Floor, maxDiffRate));
    }

}
