package dev.ficus.gateway.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A capability's latest rollout as the admin API shows it ({@code GET
 * /admin/routes/{capability}/rollout}, and the answer of every rollout command).
 *
 * @param capability the capability rolled out
 * @param plan the plan followed
 * @param status where it stands
 * @param step index of the current step in the plan's steps
 * @param stepStartedAt when the current step began
 * @param reason why it is where it is
 * @param weight the canary weight of the current step
 */
public record RolloutView(String capability, Plan plan, RolloutStatus status, int step, Instant stepStartedAt,
        String reason, int weight) {

    /**
     * A rollout's plan.
     *
     * @param steps canary weights, ascending, ending at 100
     * @param minRequests service requests a step needs before it may advance
     * @param interval minimum time on a step
     * @param slo what the service must keep to for the rollout to go on
     */
    public record Plan(List<Integer> steps, long minRequests, Duration interval, Slo slo) {

    }

    /**
     * The service level a rollout holds the service to.
     *
     * @param maxErrorRate highest tolerated service error rate, 0–1
     * @param maxP99Ratio highest tolerated service p99 relative to the monolith's
     * @param p99Floor latencies below this count as this
     * @param maxDiffRate highest tolerated shadow diff rate, 0–1
     */
    public record Slo(double maxErrorRate, double maxP99Ratio, Duration p99Floor, double maxDiffRate) {

    }

}
