package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run measures and for how long; {@link #full()} is the committed run, {@link #quick()} checks
 * the harness in seconds.
 *
 * @param repeats        how many times each topology is started and measured afresh
 * @param warmUp         load offered before anything is measured
 * @param fixedRates     rates (requests/s) at which latency percentiles are reported
 * @param sweepRates     ascending rates tried to find the maximum sustainable throughput
 * @param pointDuration  how long each fixed-rate or sweep point offers load
 * @param slo            the latency objective a sustainable rate must meet
 * @param blastRadius    how the fault is injected under steady load
 */
public record BenchmarkPlan(int repeats, Warmup warmUp, List<Double> fixedRates, List<Double> sweepRates,
		Duration pointDuration, Slo slo, BlastPlan blastRadius) {

	public BenchmarkPlan {
		fixedRates = List.copyOf(fixedRates);
		sweepRates = List.copyOf(sweepRates);
		if (repeats < 1) {
			throw new IllegalArgumentException("repeats must be at least 1: " + repeats);
		}
		for (int i = 1; i < sweepRates.size(); i++) {
			if (sweepRates.get(i) <= sweepRates.get(i - 1)) {
				throw new IllegalArgumentException("sweep rates must ascend: " + sweepRates);
			}
		}
	}

	/**
	 * The committed benchmark: three repeats, 15 s points, a sweep from 10 up to 1,000 requests/s.
	 * <p>
	 * The warm-up is long on purpose: measured on the monolith pinned to one core, a request of the mix costs about
	 * 20 ms of CPU during the first 1,500 requests (interpreter and JIT compilation), 6-9 ms after 5,000 and about
	 * 2.6 ms only after some 20,000; 20 s at 50 requests/s (1,000 requests) measured the JIT, not the shop.
	 */
	public static BenchmarkPlan full() {
		return new BenchmarkPlan(3, new Warmup(100, Duration.ofSeconds(180)), List.of(25.0, 50.0, 100.0),
				List.of(10.0, 20.0, 30.0, 50.0, 75.0, 100.0, 150.0, 200.0, 250.0, 300.0, 400.0, 500.0, 600.0, 800.0,
						1000.0),
				Duration.ofSeconds(15),
				Slo.DEFAULT, new BlastPlan(50, Duration.ofSeconds(30), Duration.ofSeconds(10)));
	}

	/** A few seconds per step, one repeat: proves the harness end to end, says nothing about speed. */
	public static BenchmarkPlan quick() {
		return new BenchmarkPlan(1, new Warmup(20, Duration.ofSeconds(3)), List.of(20.0), List.of(40.0),
				Duration.ofSeconds(3), Slo.DEFAULT, new BlastPlan(20, Duration.ofSeconds(4), Duration.ofSeconds(1)));
	}

	public BenchmarkPlan withRepeats(int count) {
		return new BenchmarkPlan(count, warmUp, fixedRates, sweepRates, pointDuration, slo, blastRadius);
	}

	/**
	 * Load offered before measuring, so JIT compilation, connection pools and caches are warm.
	 *
	 * @param rate     requests per second
	 * @param duration how long
	 */
	public record Warmup(double rate, Duration duration) {
	}

	/**
	 * The service level a rate must meet to count as sustainable.
	 *
	 * @param p99Millis       99th percentile latency bound, from intended send time
	 * @param maxErrorRate    errors over requests must stay below this
	 * @param minSendFraction the generator must have offered at least this fraction of the target rate
	 */
	public record Slo(double p99Millis, double maxErrorRate, double minSendFraction) {

		public static final Slo DEFAULT = new Slo(100, 0.001, 0.95);

		public String describe() {
			return "p99 <= %.0f ms and errors < %.1f %%".formatted(p99Millis, maxErrorRate * 100);
		}
	}

	/**
	 * Steady load during which one capability is made to fail.
	 *
	 * @param rate       requests per second
	 * @param duration   total load duration
	 * @param faultAfter when, after the load starts, the fault is injected
	 */
	public record BlastPlan(double rate, Duration duration, Duration faultAfter) {

		/** Share of stock-level reads mixed in while the fault is injected, so the failing capability is seen directly. */
		public static final int STOCK_CHECK_PERCENT = 10;

		public BlastPlan {
			if (faultAfter.compareTo(duration) >= 0) {
				throw new IllegalArgumentException("the fault must be injected before the load ends");
			}
		}
	}
}
