package dev.ficus.bench.overhead;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How long and how hard each path of the overhead benchmark is driven.
 *
 * @param rate open-model rate of the latency measurement, requests/s; {@code null} for
 * half of the maximum throughput nginx reached in the same repeat
 * @param warmup closed-loop saturation before measuring, so every JVM has compiled its
 * hot path (a gateway on one core still spends most of its CPU in the C2 compiler after
 * 40,000 requests)
 * @param measure duration of the fixed-rate latency measurement
 * @param connections concurrency of the closed-loop saturation that measures maximum
 * throughput
 * @param saturation duration of the saturation
 * @param repeats how many times every path is measured, with fresh processes each time; 0
 * in a report from before there were repeats (one run)
 */
public record OverheadPlan(@Nullable Double rate, Duration warmup, Duration measure, int connections,
        Duration saturation, int repeats) {

    /** Highest fixed rate the open-model generator is asked for, requests/s. */
    static final double MAX_RATE = 50_000;

    public static final int REPEATS_DEFAULT = 3;

    private static final int MAX_REPEATS = 20;

    public OverheadPlan {
        if (rate != null && !(rate > 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException(
                    "--rate must be between 1 and " + (int) MAX_RATE + " requests/s, got " + rate);
        }
    }

    /** The real measurement. */
    public static OverheadPlan full(@Nullable Double rate, int repeats) {
        return new OverheadPlan(rate, Duration.ofSeconds(90), Duration.ofSeconds(30), 64, Duration.ofSeconds(15),
                checked(repeats));
    }

    /** A few seconds per path: checks the harness, measures nothing. */
    public static OverheadPlan quick(@Nullable Double rate, int repeats) {
        return new OverheadPlan(rate, Duration.ofSeconds(1), Duration.ofSeconds(1), 16, Duration.ofSeconds(1),
                checked(repeats));
    }

    /** The rate of a repeat in which nginx reached {@code nginxMax} requests/s. */
    double rateFor(double nginxMax) {
        return (rate != null) ? rate : Math.max(1, Math.min(MAX_RATE, Math.round(nginxMax / 2)));
    }

    private static int checked(int repeats) {
        if (repeats < 1 || repeats > MAX_REPEATS) {
            throw new IllegalArgumentException("--repeats must be between 1 and " + MAX_REPEATS + ", got " + repeats);
        }
        return repeats;
    }

}
