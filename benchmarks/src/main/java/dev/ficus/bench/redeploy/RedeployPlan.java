package dev.ficus.bench.redeploy;

import dev.ficus.bench.scenario.ShopData;
import java.time.Duration;

/**
 * How long and how hard each redeploy is loaded. Every load is bounded: at most
 * {@link #maxLoad} at {@link #rate}.
 *
 * @param rate requests per second offered to the shape's entry (open model)
 * @param warmUp load after the shape started and before the first redeploy, not counted
 * @param beforeStop load of each repeat before its first stop
 * @param afterReady load of each repeat after its last process is ready again
 * @param readyTimeout how long a restarted process may take to be ready
 * @param maxLoad upper bound on one repeat's load
 * @param productCount products the shop seeds
 * @param repeats redeploys of each case, one after another on the same running shape
 * @param relaunchNiceness CPU priority ({@code nice -n}) of a restarted process: on a
 * node of its own a starting JVM takes no CPU from the processes still serving, while
 * here it shares their two cores; at 19 it gets what they leave idle
 * @param stockCheckPercent share of the mix replaced by stock reads, so a restarted
 * inventory-service is observed directly and not only through orders
 */
record RedeployPlan(double rate, Duration warmUp, Duration beforeStop, Duration afterReady, Duration readyTimeout,
        Duration maxLoad, int productCount, int repeats, int relaunchNiceness, int stockCheckPercent) {

    static final double RATE_DEFAULT = 30;

    static final double QUICK_RATE_DEFAULT = 20;

    static final int REPEATS_DEFAULT = 3;

    static final int RELAUNCH_NICENESS = 19;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private static final Duration MAX_LOAD = Duration.ofSeconds(600);

    /** Seconds a shape of this many processes takes to start and warm up, roughly. */
    private static final int START_SECONDS_PER_PROCESS = 15;

    /** Seconds one graceful stop and start until ready take under load, roughly. */
    private static final int RESTART_SECONDS = 25;

    RedeployPlan {
        if (!(rate > 0 && rate <= 500)) {
            throw new IllegalArgumentException("--rate must be in (0, 500] requests/s, got " + rate);
        }
        if (repeats < 1 || repeats > 10) {
            throw new IllegalArgumentException("--repeats must be between 1 and 10, got " + repeats);
        }
    }

    /** The measured run. */
    static RedeployPlan full(double rate, int repeats) {
        return new RedeployPlan(rate, Duration.ofSeconds(15), Duration.ofSeconds(8), Duration.ofSeconds(8),
                READY_TIMEOUT, MAX_LOAD, 500, repeats, RELAUNCH_NICENESS, 10);
    }

    /** A harness check: seconds of load, fewer products. */
    static RedeployPlan quick(double rate, int repeats) {
        return new RedeployPlan(rate, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                READY_TIMEOUT, MAX_LOAD, ShopData.PRODUCT_COUNT_QUICK, repeats, RELAUNCH_NICENESS, 10);
    }

    /** The request bound of one repeat. */
    long maxRequests() {
        return (long) Math.ceil(rate * maxLoad.toSeconds());
    }

    /**
     * A rough estimate of a case's wall time with {@code processes} processes, of which
     * {@code restarted} are restarted per repeat.
     */
    long estimateSeconds(int processes, int restarted) {
        long perRepeat = beforeStop.toSeconds() + (long) restarted * RESTART_SECONDS + afterReady.toSeconds();
        return (long) processes * START_SECONDS_PER_PROCESS + warmUp.toSeconds() + repeats * perRepeat;
    }

}
