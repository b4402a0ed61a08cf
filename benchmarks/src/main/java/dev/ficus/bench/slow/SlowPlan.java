package dev.ficus.bench.slow;

import java.time.Duration;

import dev.ficus.bench.scenario.ShopData;

/**
 * How one repeat of one shape runs: a warm-up at the measured rate, not counted, then a
 * load of {@link #load} at {@link #rate} during which the inventory turns slow after
 * {@link #slowAfter} and stays slow to the end.
 *
 * @param rate requests per second offered to the entry process (open model)
 * @param delay how much longer every inventory operation takes once slow
 * @param warmUp load before the measured one, not counted
 * @param load the measured load
 * @param slowAfter when, after the measured load starts, the inventory turns slow
 * @param requestTimeout a request unanswered this long counts as failed
 * @param repeats fresh starts of every shape
 * @param productCount products every process seeds
 * @param stockCheckPercent share of stock-level reads in the mix, so the slow capability
 * is seen directly
 */
public record SlowPlan(double rate, Duration delay, Duration warmUp, Duration load, Duration slowAfter,
        Duration requestTimeout, int repeats, int productCount, int stockCheckPercent) {

    /** The committed run's rate: the blast-radius rate of {@code bench faults}. */
    public static final double RATE_DEFAULT = 25;

    public static final Duration DELAY_DEFAULT = Duration.ofSeconds(2);

    public static final int REPEATS_DEFAULT = 2;

    public SlowPlan {
        if (!(rate > 0 && rate <= 500)) {
            throw new IllegalArgumentException("--rate must be in (0, 500] requests/s, got " + rate);
        }
        if (delay.isNegative() || delay.isZero() || delay.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("--delay must be in (0, 60 s], got " + delay.toMillis() + " ms");
        }
        if (repeats < 1 || repeats > 10) {
            throw new IllegalArgumentException("--repeats must be between 1 and 10, got " + repeats);
        }
        if (slowAfter.compareTo(load) >= 0) {
            throw new IllegalArgumentException("the inventory must turn slow before the load ends");
        }
    }

    /**
     * The committed run: 15 s warm-up, 30 s of load with the inventory slow after 10 s, a
     * 10 s client timeout (longer than the monolith's 3 s read timeout times its 3
     * attempts), two repeats.
     */
    public static SlowPlan full(double rate, Duration delay, int repeats) {
        return new SlowPlan(rate, delay, Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(10), repeats, ShopData.PRODUCT_COUNT_DEFAULT, 10);
    }

    /** A harness check: a few seconds per step, fewer products, one repeat. */
    public static SlowPlan quick(double rate, Duration delay) {
        return new SlowPlan(rate, delay, Duration.ofSeconds(3), Duration.ofSeconds(8), Duration.ofSeconds(3),
                Duration.ofSeconds(10), 1, ShopData.PRODUCT_COUNT_QUICK, 10);
    }

    /** How long the load of a repeat lasts with the inventory slow. */
    public Duration slowFor() {
        return load.minus(slowAfter);
    }

}
