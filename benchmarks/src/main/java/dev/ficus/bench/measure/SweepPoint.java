package dev.ficus.bench.measure;

import dev.ficus.bench.load.LoadResult;

/**
 * One rate of a throughput sweep and whether the topology sustained it.
 *
 * @param rate offered requests per second
 * @param p99Millis 99th percentile latency
 * @param errorRate errors over requests
 * @param wrongRate wrong answers (2xx, not the owner's truth) over requests; with the
 * errors they must stay below the SLO's error bound
 * @param sendRate rate the generator actually offered
 * @param sustained whether all of the SLO held
 * @param fixedRate whether the point is a fixed-rate measurement taken as the sweep's
 * verdict for its rate
 */
public record SweepPoint(double rate, double p99Millis, double errorRate, double wrongRate, double sendRate,
        boolean sustained, boolean fixedRate) {

    /** A point the sweep measured itself. */
    public static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo) {
        return of(result, slo, false);
    }

    /** A fixed-rate measurement read as the sweep's verdict for its rate. */
    public static SweepPoint fromFixedRate(LoadResult result, BenchmarkPlan.Slo slo) {
        return of(result, slo, true);
    }

    private static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo, boolean fixedRate) {
        boolean sustained = result.latency().count() > 0 && result.latency().p99() <= slo.p99Millis()
                && result.failureRate() < slo.maxErrorRate()
                && result.sendRate() >= slo.minSendFraction() * result.targetRate();
        return new SweepPoint(result.targetRate(), result.latency().p99(), result.errorRate(), result.wrongRate(),
                result.sendRate(), sustained, fixedRate);
    }
}
