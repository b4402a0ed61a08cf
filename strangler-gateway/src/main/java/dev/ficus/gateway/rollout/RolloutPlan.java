package dev.ficus.gateway.rollout;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The canary weights a rollout walks through and what each step must show before the
 * next.
 *
 * @param steps canary weights, strictly ascending, each 1–100, the last 100
 * @param minRequests service requests a step needs before it may advance
 * @param interval minimum time on a step
 * @param slo objectives checked continuously
 */
public record RolloutPlan(List<Integer> steps, long minRequests, Duration interval, Slo slo) {

    public RolloutPlan {
        steps = List.copyOf(steps);
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(slo, "slo");
        if (steps.isEmpty() || steps.get(steps.size() - 1) != 100) {
            throw new IllegalArgumentException("steps must end at 100, were " + steps);
        }
        for (int i = 0; i < steps.size(); i++) {
            int step = steps.get(i);
            if (step < 1 || step > 100 || (i > 0 && step <= steps.get(i - 1))) {
                throw new IllegalArgumentException("steps must be strictly ascending weights 1-100, were " + steps);
            }
        }
        if (minRequests < 0 || interval.isNegative()) {
            throw new IllegalArgumentException("minRequests and interval must not be negative");
        }
    }

}
