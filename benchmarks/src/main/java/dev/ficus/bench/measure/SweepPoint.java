package dev.ficus.bench.measure;

import dev.ficus.bench.load.LoadResult;

/**
 * One rate of a throughput sweep and whether the topology sustained it.
 *
 * @param rate        offered requests per second
 * @param p99Millis   99th percentile latency
 * @param errorRate   errors over requests
 * @param sendRate    rate the generator actually offered
 * @param sustained   whether all of the SLO held
 */
public record SweepPoint(double rate, double p99Millis, double errorRate, double sendRate, boolean sustained) {

	public static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo) {
		boolean sustained = result.latency().count() > 0 && result.latency().p99() <= slo.p99Millis()
				&& result.errorRate() < slo.maxErrorRate()
				&& result.sendRate() >= slo.minSendFraction() * result.targetRate();
		return new SweepPoint(result.targetRate(), result.latency().p99(), result.errorRate(), result.sendRate(),
				sustained);
	}
}
