package dev.ficus.bench.faults;

import java.time.Duration;

/**
 * How long and how hard each fault phase runs. Every phase is bounded: at most
 * {@link #maxPhase} of load at {@link #rate}, so at most {@code rate x maxPhase}
 * requests.
 *
 * @param rate requests per second offered through the gateway (open model)
 * @param beforeKill load before the kill
 * @param downtime from the kill to launching the process again
 * @param readyTimeout how long the restarted process may take to be ready
 * @param recoveryTimeout after ready, how long to wait for the first success through the
 * gateway
 * @param afterRecovery load kept up after that first success
 * @param maxPhase upper bound on one phase's load
 * @param productCount products every process seeds
 * @param badInputTimeout how long a bad input may go unanswered
 * @param warmUp load before the first fault, not counted: a topology that has just
 * started answers slowly while its JVMs compile, which is not a fault's doing
 * @param relaunchNiceness CPU priority ({@code nice -n}) of the killed process launched
 * again: on a node of its own a starting JVM takes no CPU from the processes still
 * serving, while here it shares their cores; at 19 it gets what they leave idle
 */
public record FaultPlan(double rate, Duration beforeKill, Duration downtime, Duration readyTimeout,
        Duration recoveryTimeout, Duration afterRecovery, Duration maxPhase, int productCount, Duration badInputTimeout,
        Duration warmUp, int relaunchNiceness) {

    /** The lowest CPU priority: a relaunch stands in for a start on a node of its own. */
    public static final int RELAUNCH_NICENESS = 19;

    /**
     * Rate of the measured run: enough reads per fault to resolve one failure per 1,000
     * on a two-core machine.
     */
    public static final double RATE_DEFAULT = 25;

    /** Rate of the harness check. */
    public static final double QUICK_RATE_DEFAULT = 20;

    /**
     * Four JVMs starting at once, or one restarting under load, took up to five minutes
     * on a two-core machine with a load average of 25; the run waits for them rather than
     * giving up.
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);

    /** The measured run: about a minute and a half of load per fault. */
    public static FaultPlan full(double rate) {
        return new FaultPlan(rate, Duration.ofSeconds(15), Duration.ofSeconds(5), READY_TIMEOUT, Duration.ofSeconds(30),
                Duration.ofSeconds(15), Duration.ofSeconds(780), 1000, Duration.ofSeconds(15), Duration.ofSeconds(45),
                RELAUNCH_NICENESS);
    }

    /**
     * A harness check: a few seconds per phase, fewer products (300: the phases set the
     * stock of 120 read and ordered products and write others, more than the other quick
     * runs' {@code ShopData.PRODUCT_COUNT_QUICK}).
     */
    public static FaultPlan quick(double rate) {
        return new FaultPlan(rate, Duration.ofSeconds(3), Duration.ofSeconds(1), READY_TIMEOUT, Duration.ofSeconds(20),
                Duration.ofSeconds(2), Duration.ofSeconds(720), 300, Duration.ofSeconds(5), Duration.ofSeconds(2),
                RELAUNCH_NICENESS);
    }

    public FaultPlan {
        if (!(rate > 0 && rate <= 500)) {
            throw new IllegalArgumentException("--rate must be in (0, 500] requests/s, got " + rate);
        }
    }

    /** The request bound of one phase. */
    public long maxRequests() {
        return (long) Math.ceil(rate * maxPhase.toSeconds());
    }
}
