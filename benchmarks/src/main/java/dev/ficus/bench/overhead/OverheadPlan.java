package dev.ficus.bench.overhead;

import java.time.Duration;

/**
 * How long and how hard each path of the overhead benchmark is driven.
 *
 * @param rate open-model rate of the latency measurement, requests/s
 * @param warmup closed-loop saturation before measuring, so every JVM has compiled its
 * hot path (a gateway on one core still spends most of its CPU in the C2 compiler after
 * 40,000 requests)
 * @param measure duration of the fixed-rate latency measurement
 * @param connections concurrency of the closed-loop saturation that measures maximum
 * throughput
 * @param saturation duration of the saturation
 */
public record OverheadPlan(double rate, Duration warmup, Duration measure, int connections, Duration saturation) {

    public static final double RATE_DEFAULT = 500;

    public OverheadPlan {
        if (!(rate > 0 && rate <= 5_000)) {
            throw new IllegalArgumentException("--rate must be between 1 and 5000 requests/s, got " + rate);
        }
    }

    /** The real measurement. */
    public static OverheadPlan full(double rate) {
        return new OverheadPlan(rate, Duration.ofSeconds(90), Duration.ofSeconds(30), 64, Duration.ofSeconds(15));
    }

    /** A few seconds per path: checks the harness, measures nothing. */
    public static OverheadPlan quick(double rate) {
        return new OverheadPlan(rate, Duration.ofSeconds(2), Duration.ofSeconds(3), 16, Duration.ofSeconds(2));
    }

}
