package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How long a plan takes, worked out from the plan itself and, for what the plan cannot
 * know, from what a topology did in an earlier run: its start-up time and the rate at
 * which its sweep broke.
 */
public final class RunEstimate {

    /**
     * Time to stop a topology, probe its catalog and wait for it to go idle between
     * phases, per repeat.
     */
    static final Duration OVERHEAD_PER_REPEAT = Duration.ofSeconds(15);

    /**
     * Time after a load's last request for its answers, and for an overloaded point's
     * timeouts (5 s + 2 s grace).
     */
    static final Duration DRAIN = Duration.ofSeconds(1);

    static final Duration OVERLOADED_DRAIN = Duration.ofSeconds(7);

    private RunEstimate() {
    }

    /**
     * What one topology did before, as far as timing goes.
     *
     * @param name topology name
     * @param startToReady from launch to ready
     * @param warmUp how long its warm-up took to settle; the plan's limit cuts it short
     * @param sustainedRate the highest rate its sweep sustained; the sweep is taken to
     * break at the next rate
     */
    public record Expectation(String name, Duration startToReady, Duration warmUp, double sustainedRate) {

        /**
         * The last idle run of the full benchmark (reports/benchmarks, 2026-12-05,
         * slowest of three repeats; it took 80 min).
         */
        public static final List<Expectation> LAST_IDLE_RUN = List.of(
                new Expectation("monolith", Duration.ofSeconds(33), Duration.ofSeconds(180), 500),
                new Expectation("gateway-monolith", Duration.ofSeconds(61), Duration.ofSeconds(334), 200),
                new Expectation("gateway-services", Duration.ofSeconds(134), Duration.ofSeconds(479), 150));

    }

    /**
     * How long one repeat of a topology takes under the plan, when it starts, warms up
     * and breaks as expected.
     */
    public static Duration perRepeat(BenchmarkPlan plan, Expectation expectation) {
        List<Double> swept = sweptRates(plan, expectation.sustainedRate());
        Duration sweep = plan.sweepPointDuration().plus(DRAIN).multipliedBy(swept.size());
        if (swept.stream().anyMatch(rate -> rate > expectation.sustainedRate())) {
            sweep = sweep.plus(OVERLOADED_DRAIN.minus(DRAIN));
        }
        Duration fixed = plan.pointDuration().plus(DRAIN).multipliedBy(plan.fixedRates().size());
        Duration warmUpTime = min(expectation.warmUp(), plan.warmUp().maxDuration());
        Duration warmUp = warmUpTime
            .plus(DRAIN.multipliedBy(warmUpTime.toMillis() / plan.warmUp().window().toMillis()));
        Duration blast = plan.blastRadius().duration().plus(DRAIN);
        return expectation.startToReady().plus(warmUp).plus(fixed).plus(sweep).plus(blast).plus(OVERHEAD_PER_REPEAT);
    }

    /** All repeats of all the given topologies. */
    public static Duration total(BenchmarkPlan plan, List<Expectation> expectations) {
        return expectations.stream()
            .map(expectation -> perRepeat(plan, expectation).multipliedBy(plan.repeats()))
            .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The rates the sweep measures when every fixed rate at or below
     * {@code sustainedRate} holds and the first sweep rate above it breaks.
     */
    static List<Double> sweptRates(BenchmarkPlan plan, double sustainedRate) {
        List<Double> candidates = new ArrayList<>(
                plan.sweepRates().stream().filter(rate -> rate > plan.highestFixedRate()).toList());
        double last = candidates.isEmpty() ? plan.highestFixedRate() : candidates.get(candidates.size() - 1);
        OptionalDouble next = plan.extendedRateAfter(last);
        while (last <= sustainedRate && next.isPresent()) {
            last = next.getAsDouble();
            candidates.add(last);
            next = plan.extendedRateAfter(last);
        }
        int breaking = 0;
        while (breaking < candidates.size() && candidates.get(breaking) <= sustainedRate) {
            breaking++;
        }
        return candidates.subList(0, Math.min(candidates.size(), breaking + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return (a.compareTo(b) <= 0) ? a : b;
    }

}
