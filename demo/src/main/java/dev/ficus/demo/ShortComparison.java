package dev.ficus.demo;

import java.time.Duration;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.LoopbackTarget;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.scenario.ShopMix;

/**
 * A short run of the benchmark's method on one entry point: the same open-model load
 * generator and request mix as {@code ficus bench}, at one modest rate, one repeat, a
 * fixed warm-up instead of waiting for the JIT to settle. It shows the two shapes side by
 * side; it measures nothing {@code ficus bench} would stand behind.
 */
final class ShortComparison {

    static final double RATE = 20;

    static final Duration WARM_UP = Duration.ofSeconds(5);

    static final Duration MEASURED = Duration.ofSeconds(10);

    /**
     * Share of the mix replaced by stock reads, so the moved capability is part of it.
     */
    static final int STOCK_READ_PERCENT = 25;

    /** The same seed on both sides: both get the same sequence of requests. */
    static final long SEED = 20261203L;

    private ShortComparison() {
    }

    static Side measure(String label, int port) {
        try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(LoopbackTarget.port(port))) {
            ShopMix mix = new ShopMix(ShopData.DEFAULT, SEED).withStockChecks(STOCK_READ_PERCENT);
            generator.run(LoadProfile.of(RATE, WARM_UP), mix);
            LoadResult result = generator.run(LoadProfile.of(RATE, MEASURED), mix);
            return new Side(label, result.sent(), result.ok(), result.errors(), result.latency());
        }
    }

    /**
     * One shape's figures.
     *
     * @param label which shape
     * @param sent requests measured
     * @param ok answered 2xx or 3xx
     * @param errors 5xx, timeouts and transport failures
     * @param latency of the successful answers, from their intended send time
     */
    record Side(String label, long sent, long ok, long errors, LatencySummary latency) {

        double errorRate() {
            return (sent == 0) ? 0 : (double) errors / sent;
        }

        String line() {
            return "%s: %d requests, %d errors (error rate %.3f), p50 %.1f ms, p99 %.1f ms".formatted(label, sent,
                    errors, errorRate(), latency.p50(), latency.p99());
        }

    }

}
