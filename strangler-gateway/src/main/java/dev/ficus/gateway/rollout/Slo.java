package dev.ficus.gateway.rollout;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.ficus.gateway.traffic.SideSnapshot;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * The service-level objectives a rollout must keep on every step.
 *
 * @param maxErrorRate highest tolerated service error rate, 0–1
 * @param maxP99Ratio highest tolerated service p99 as a multiple of the monolith's p99
 * @param p99Floor latencies below this count as this
 * @param maxDiffRate highest tolerated shadow diff rate, 0–1
 */
public record Slo(double maxErrorRate, double maxP99Ratio, Duration p99Floor, double maxDiffRate) {

    public Slo {
        Objects.requireNonNull(p99Floor, "p99Floor");
        requireRange("maxErrorRate", maxErrorRate, 0, 1);
        requireRange("maxDiffRate", maxDiffRate, 0, 1);
        if (!(maxP99Ratio >= 1)) {
            throw new IllegalArgumentException("maxP99Ratio must be at least 1, was " + maxP99Ratio);
        }
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * The first objective a step's traffic breaks, if any. The error rate breaks as soon
     * as the errors alone exceed what {@code minRequests} requests may hold; latency is
     * judged once both sides have enough requests.
     */
    public Optional<String> breach(TrafficSnapshot step, long minRequests, double diffRate) {
        SideSnapshot service = step.service();
        if (service.errors() > maxErrorRate * Math.max(service.requests(), minRequests)) {
            return Optional.of("service error rate %.3f (%d of %d) above %.3f".formatted(service.errorRate(),
                    service.errors(), service.requests(), maxErrorRate));
        }
        if (diffRate > maxDiffRate) {
            return Optional.of("shadow diff rate %.3f above %.3f".formatted(diffRate, maxDiffRate));
        }
        SideSnapshot monolith = step.monolith();
        if (service.requests() >= minRequests && monolith.requests() >= minRequests) {
            double floor = p99Floor.toNanos() / 1e6;
            double servicePercentile = Math.max(service.p99Millis(), floor);
            double monolithPercentile = Math.max(monolith.p99Millis(), floor);
            if (servicePercentile > maxP99Ratio * monolithPercentile) {
                return Optional.of("service p99 %.1f ms above %.2f x monolith p99 %.1f ms".formatted(servicePercentile,
                        maxP99Ratio, monolithPercentile));
            }
        }
        return Optional.empty();
    }

}
