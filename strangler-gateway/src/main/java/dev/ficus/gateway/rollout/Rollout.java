package dev.ficus.gateway.rollout;

import dev.ficus.gateway.api.RolloutStatus;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * One progressive rollout of a capability: its plan, current step and the traffic
 * baseline the step is judged from. Immutable; every transition returns a new value.
 *
 * @param capability the capability rolled out
 * @param plan the plan followed
 * @param status where it stands
 * @param step index of the current step in {@link RolloutPlan#steps()}
 * @param stepStartedAt when the current step began
 * @param baseline the capability's traffic when the current step began
 * @param reason why it is where it is
 */
public record Rollout(String capability, RolloutPlan plan, RolloutStatus status, int step, Instant stepStartedAt,
        @JsonIgnore TrafficSnapshot baseline, String reason) {

    static Rollout start(String capability, RolloutPlan plan, Instant now, TrafficSnapshot baseline) {
        return new Rollout(capability, plan, RolloutStatus.RUNNING, 0, now, baseline,
                "started at weight " + plan.steps().get(0));
    }

    /** The canary weight of the current step. */
    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public int weight() {
        return plan.steps().get(step);
    }

    /** Whether the current step is the last. */
    boolean atLastStep() {
        return step == plan.steps().size() - 1;
    }

    /** The route setting this rollout expects the table to hold while it is active. */
    RouteSetting expectedSetting() {
        return weight() == 100 ? RouteSetting.service() : RouteSetting.canary(weight());
    }

    Rollout advance(Instant now, TrafficSnapshot baseline, String why) {
        return new Rollout(capability, plan, status, step + 1, now, baseline, why);
    }

    /**
     * The same step begun again, e.g. after a restart lost the traffic it was judged on.
     */
    Rollout restartStep(Instant now, TrafficSnapshot baseline, String why) {
        return new Rollout(capability, plan, status, step, now, baseline, why);
    }

    Rollout with(RolloutStatus next, String why) {
        return new Rollout(capability, plan, next, step, stepStartedAt, baseline, why);
    }

}
