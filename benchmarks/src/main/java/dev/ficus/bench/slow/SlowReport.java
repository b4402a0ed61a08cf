package dev.ficus.bench.slow;

import java.util.List;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

/**
 * {@code results.json} of {@code bench slow-dependency}.
 *
 * @param provenance command line, commit, machine, load average before and after
 * @param quick a harness check whose figures measure nothing
 * @param started when the run started (UTC, ISO-8601)
 * @param finished when it ended
 * @param machine the machine, CPU split and JVM flags
 * @param settings how every repeat ran
 * @param shapes one result per shape, in the order run
 * @param meaning what the figures say, one computed sentence
 */
public record SlowReport(Provenance provenance, boolean quick, String started, String finished,
        MachineDescription machine, Settings settings, List<ShapeResult> shapes, String meaning) {

    public SlowReport {
        shapes = List.copyOf(shapes);
    }

    /**
     * How every repeat ran.
     *
     * @param rate requests per second offered (open model)
     * @param delayMillis how much longer every inventory operation took once slow
     * @param warmUpMillis load before the measured one, not counted
     * @param loadMillis the measured load
     * @param slowAfterMillis when, after the measured load started, the inventory turned
     * slow
     * @param requestTimeoutMillis a request unanswered this long counted as failed
     * @param repeats fresh starts of every shape
     * @param productCount products every process seeded
     * @param stockCheckPercent share of stock-level reads in the mix
     * @param calls how the monolith called inventory-service in the microservice shape
     */
    public record Settings(double rate, long delayMillis, long warmUpMillis, long loadMillis, long slowAfterMillis,
            long requestTimeoutMillis, int repeats, int productCount, int stockCheckPercent, CallSettings calls) {

        static Settings of(SlowPlan plan, CallSettings calls) {
            return new Settings(plan.rate(), plan.delay().toMillis(), plan.warmUp().toMillis(), plan.load().toMillis(),
                    plan.slowAfter().toMillis(), plan.requestTimeout().toMillis(), plan.repeats(), plan.productCount(),
                    plan.stockCheckPercent(), calls);
        }
    }

}
