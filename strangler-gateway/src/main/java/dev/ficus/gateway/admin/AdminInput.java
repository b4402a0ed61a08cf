package dev.ficus.gateway.admin;

import org.jspecify.annotations.Nullable;
import java.util.Optional;

import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RolloutRequest;
import dev.ficus.gateway.api.RolloutView;
import dev.ficus.gateway.api.RouteChange;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.rollout.Rollout;
import dev.ficus.gateway.rollout.RolloutPlan;
import dev.ficus.gateway.rollout.Slo;

/**
 * Between the admin API's records (plain data, shared with {@code ficus route}) and the
 * gateway's model: input checked here, each problem an {@link IllegalArgumentException}
 * naming the field (a 400 problem), and the gateway's values turned into views.
 */
final class AdminInput {

    private AdminInput() {
    }

    static RouteSetting setting(RouteChange change) {
        if (change.mode() == null) {
            throw new IllegalArgumentException("mode is required: one of MONOLITH, SHADOW, CANARY, SERVICE");
        }
        if (change.mode() == Mode.CANARY && change.weight() == null) {
            throw new IllegalArgumentException("weight is required for mode CANARY");
        }
        return new RouteSetting(change.mode(), change.weight() == null ? 0 : change.weight());
    }

    /** The reason given, checked for length, else the fallback. */
    static String reasonOr(@Nullable String reason, String fallback) {
        if (reason != null && reason.length() > RouteChange.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "reason must be at most " + RouteChange.REASON_MAX_LENGTH + " characters, was " + reason.length());
        }
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    /** The plan asked for, every absent field taken from the defaults. */
    static RolloutPlan plan(RolloutRequest request, RolloutPlan defaults) {
        RolloutRequest given = request == null ? RolloutRequest.DEFAULTS : request;
        Slo slo = defaults.slo();
        return new RolloutPlan(or(given.steps(), defaults.steps()), or(given.minRequests(), defaults.minRequests()),
                or(given.interval(), defaults.interval()),
                new Slo(or(given.maxErrorRate(), slo.maxErrorRate()), or(given.maxP99Ratio(), slo.maxP99Ratio()),
                        or(given.p99Floor(), slo.p99Floor()), or(given.maxDiffRate(), slo.maxDiffRate())));
    }

    static RolloutView view(Rollout rollout) {
        RolloutPlan plan = rollout.plan();
        Slo slo = plan.slo();
        return new RolloutView(rollout.capability(),
                new RolloutView.Plan(plan.steps(), plan.minRequests(), plan.interval(),
                        new RolloutView.Slo(slo.maxErrorRate(), slo.maxP99Ratio(), slo.p99Floor(), slo.maxDiffRate())),
                rollout.status(), rollout.step(), rollout.stepStartedAt(), rollout.reason(), rollout.weight());
    }

    private static <T> T or(@Nullable T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }

}
