package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

/**
 * What one benchmark run measures and for how long; {@link #full()} is the committed run,
 * {@link #quick()} checks the harness in seconds.
 *
 * @param repeats how many times each topology is started and measured afresh
 * @param warmUp load offered before anything is measured
 * @param fixedRates rates (requests/s) at which latency percentiles are reported
 * @param sweepRates ascending rates tried to find the maximum sustainable throughput
 * @param pointDuration how long each fixed-rate point offers load
 * @param sweepPointDuration how long each sweep point offers load (its verdict needs p99
 * only, and sweep rates are high enough that even 10 s give 1,500 and more latencies)
 * @param slo the latency objective a sustainable rate must meet
 * @param blastRadius how the fault is injected under steady load
 * @param sweepCeiling the rate the sweep extends to, in steps of
 * {@link #SWEEP_EXTENSION_FACTOR}, when the SLO still held at the last of
 * {@code sweepRates}; at or below that last rate (0 in a run from before) the sweep does
 * not extend
 */
public record BenchmarkPlan(int repeats, Warmup warmUp, List<Double> fixedRates, List<Double> sweepRates,
        Duration pointDuration, Duration sweepPointDuration, Slo slo, BlastPlan blastRadius, double sweepCeiling) {

    /** Each rate the sweep tries beyond its list is this many times the one before. */
    public static final double SWEEP_EXTENSION_FACTOR = 1.5;

    /** A plan whose sweep ends at the last of its rates. */
    public BenchmarkPlan(int repeats, Warmup warmUp, List<Double> fixedRates, List<Double> sweepRates,
            Duration pointDuration, Duration sweepPointDuration, Slo slo, BlastPlan blastRadius) {
        this(repeats, warmUp, fixedRates, sweepRates, pointDuration, sweepPointDuration, slo, blastRadius, 0);
    }

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
     * The committed benchmark: three repeats, fixed rates 25/50/100 for 15 s each, then a
     * sweep of 10 s points; the sweep takes the fixed rates' verdicts for the rates they
     * cover and measures only above them (from 150 up to 1,500 requests/s: the monolith
     * sustained 1,000 in two of three repeats), or between them when a fixed rate already
     * broke the SLO (see {@link ThroughputSearch}).
     * <p>
     * The warm-up runs until the JIT has settled rather than for a fixed time: measured
     * on the monolith pinned to one core, a request of the mix costs about 20 ms of CPU
     * during the first 1,500 requests (interpreter and JIT compilation), 6-9 ms after
     * 5,000 and about 2.6 ms only after some 20,000, and a gateway still compiles after
     * 40,000. So it offers load as fast as the system under test can take it (90 % of its
     * CPU at the CPU per request just measured) in 10 s windows, at least 10,000 requests
     * and on while the CPU per request still falls by more than 5 % a window, for at most
     * 300 s. The four JVMs of the microservice shape share one CPU for their JIT
     * compilers: with a 150 s limit their CPU per request (6-7.5 ms, against 1-1.3 ms for
     * the monolith) was still falling by 10-20 % a window when time ran out; with 300 s
     * the monolith settled after 80-90 s, the gateway in front of it after 110-150 s and
     * the microservice shape after 130-171 s (run of 2026-11-26); see
     * {@link Warmup#DEFAULT} for its JIT condition.
     */
    public static BenchmarkPlan full() {
        return new BenchmarkPlan(3, Warmup.DEFAULT, List.of(25.0, 50.0, 100.0),
                List.of(10.0, 20.0, 30.0, 50.0, 75.0, 100.0, 150.0, 200.0, 250.0, 300.0, 400.0, 500.0, 600.0, 800.0,
                        1000.0, 1250.0, 1500.0),
                Duration.ofSeconds(15), Duration.ofSeconds(10), Slo.DEFAULT,
                new BlastPlan(50, Duration.ofSeconds(30), Duration.ofSeconds(10)), SWEEP_CEILING_DEFAULT);
    }

    /**
     * Where the full sweep stops extending: the monolith's sustainable rate was 1,500,
     * the top of the list, in one repeat of 2026-11-26, so the list goes on at 2,250,
     * 3,375 and 5,000 (the ceiling; one generator CPU offers some 5,000 requests/s).
     */
    public static final double SWEEP_CEILING_DEFAULT = 5000;

    /**
     * A few seconds per step, one repeat: proves the harness end to end, says nothing
     * about speed.
     */
    public static BenchmarkPlan quick() {
        return new BenchmarkPlan(1, new Warmup(20, 40, Duration.ofSeconds(2), 60, 0.05, 0.9, Duration.ofSeconds(5), 1),
                List.of(20.0), List.of(10.0, 40.0), Duration.ofSeconds(3), Duration.ofSeconds(3), Slo.DEFAULT,
                new BlastPlan(20, Duration.ofSeconds(4), Duration.ofSeconds(1)));
    }

    public BenchmarkPlan withRepeats(int count) {
        return new BenchmarkPlan(count, warmUp, fixedRates, sweepRates, pointDuration, sweepPointDuration, slo,
                blastRadius, sweepCeiling);
    }

    /**
     * The last rate the sweep may try: the ceiling, or the last listed rate if higher.
     */
    public double highestSweepRate() {
        double listed = sweepRates.isEmpty() ? 0 : sweepRates.get(sweepRates.size() - 1);
        return Math.max(listed, sweepCeiling);
    }

    /**
     * The rate after {@code rate} once the listed rates are used up:
     * {@link #SWEEP_EXTENSION_FACTOR} times it, at most the ceiling; empty at the
     * ceiling.
     */
    public OptionalDouble extendedRateAfter(double rate) {
        double ceiling = highestSweepRate();
        if (rate >= ceiling) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.min(ceiling, Math.round(rate * SWEEP_EXTENSION_FACTOR)));
    }

    /**
     * The highest fixed rate; the sweep needs to measure only above it while the fixed
     * rates all met the SLO.
     */
    public double highestFixedRate() {
        return fixedRates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /**
     * Load offered before measuring until the JIT has settled: windows of load, each at
     * the rate the system under test can take at {@code utilization} of its CPUs given
     * the CPU per request of the window before (starting at {@code startRate}, never
     * above {@code maxRate}), until at least {@code minRequests} were offered, the CPU
     * per request fell by less than {@code settledDrop} from one window to the next and
     * no process's JIT compilers took more than {@code maxJitShare} of its CPU in the
     * last window, or {@code maxDuration} passed.
     *
     * @param startRate requests/s of the first window, when nothing is known yet
     * @param maxRate requests/s never exceeded
     * @param window length of one window
     * @param minRequests requests offered at least
     * @param settledDrop relative fall of CPU per request below which the JIT counts as
     * settled
     * @param utilization share of the system under test's CPUs a window aims to use
     * @param maxDuration the warm-up ends after this even when not settled (reported as
     * such)
     * @param maxJitShare highest share of a process's CPU its JIT compilers may take in
     * the last window (1, or 0 as plans of earlier runs read, for no such condition)
     */
    public record Warmup(double startRate, double maxRate, Duration window, long minRequests, double settledDrop,
            double utilization, Duration maxDuration, @JsonSetter(nulls = Nulls.AS_EMPTY) double maxJitShare) {

        /**
         * The JIT condition: in one repeat each (2026-12-05), compiling took 40 % of the
         * monolith's and 35 % of catalog-service's CPU at the microservice shape's fixed
         * rates after it settled without it. The 900 s limit: that shape's four JVMs
         * compile on one CPU for six minutes or more (reports/cpu-breakdown.md).
         */
        public static final Warmup DEFAULT = new Warmup(40, 500, Duration.ofSeconds(10), 10_000, 0.05, 0.9,
                Duration.ofSeconds(900), 0.1);

        /**
         * A window with more errors than this share was overloaded: its cost is not
         * trusted and the next one halves.
         */
        static final double OVERLOADED_ERROR_SHARE = 0.01;

        /**
         * "Settled" holds across repeats too: when the repeats' CPU per request at the
         * end of their warm-ups spreads by more than this share of the lowest (1.33
         * against 1.88 ms is 41 %), the repeats were measured from different JIT states
         * and the report says so next to the figures that depend on it.
         */
        public static final double SETTLED_SPREAD_TOLERANCE = 0.15;

        /**
         * Whether the settled CPU per request of the repeats spreads by more than
         * {@link #SETTLED_SPREAD_TOLERANCE}.
         */
        public static boolean settledSpreadExceeded(Spread settledCpuPerRequest) {
            return settledCpuPerRequest.samples() > 1 && settledCpuPerRequest.min() > 0
                    && settledSpreadShare(settledCpuPerRequest) > SETTLED_SPREAD_TOLERANCE;
        }

        /** (max − min) / min of the repeats' settled CPU per request. */
        public static double settledSpreadShare(Spread settledCpuPerRequest) {
            return (settledCpuPerRequest.max() - settledCpuPerRequest.min()) / settledCpuPerRequest.min();
        }

        public Warmup {
            if (maxJitShare == 0) {
                maxJitShare = 1;
            }
            if (startRate <= 0 || maxRate < startRate || minRequests < 0 || utilization <= 0 || utilization > 1
                    || settledDrop < 0 || maxJitShare < 0 || maxJitShare > 1 || window.isZero() || window.isNegative()
                    || maxDuration.compareTo(window) < 0) {
                throw new IllegalArgumentException("inconsistent warm-up: " + this);
            }
        }

        /**
         * The rate of the window after {@code last}: what {@code cpus} CPUs take at
         * {@link #utilization} when a request costs what it cost in {@code last}, at most
         * {@code maxRate}; half of {@code last}'s rate when it was overloaded (other
         * processes may take part of the CPUs), and {@code startRate} when nothing was
         * measured.
         */
        public double nextRate(WarmUpWindow last, int cpus) {
            if (overloaded(last)) {
                return Math.max(1, Math.floor(last.rate() / 2));
            }
            if (!(last.cpuSecondsPerRequest() > 0)) {
                return startRate;
            }
            return Math.max(1, Math.min(maxRate, Math.floor(utilization * cpus / last.cpuSecondsPerRequest())));
        }

        static boolean overloaded(WarmUpWindow window) {
            return window.errors() > OVERLOADED_ERROR_SHARE * window.sent();
        }

        /**
         * Whether the warm-up may end after these windows (in order): enough requests,
         * neither of the last two overloaded, no process's JIT compilers above
         * {@link #maxJitShare} of its CPU in the last, and no process's CPU per request
         * fell from the one before to the last by more than {@link #settledDrop} of the
         * whole system's CPU per request.
         */
        public boolean settled(List<WarmUpWindow> windows) {
            long requests = windows.stream().mapToLong(WarmUpWindow::sent).sum();
            if (requests < minRequests || windows.size() < 2) {
                return false;
            }
            WarmUpWindow last = windows.get(windows.size() - 1);
            WarmUpWindow before = windows.get(windows.size() - 2);
            if (overloaded(last) || overloaded(before) || last.highestJitShare() > maxJitShare) {
                return false;
            }
            // per process, so that one process still getting faster is not hidden by
            // another getting slower
            double allowedDrop = before.cpuSecondsPerRequest() * settledDrop;
            return before.processes().entrySet().stream().allMatch(process -> {
                Double now = last.processes().get(process.getKey());
                return now != null && process.getValue() - now <= allowedDrop;
            });
        }

        /**
         * Whether another window still fits in {@link #maxDuration} after
         * {@code elapsed}.
         */
        public boolean hasTimeFor(Duration elapsed) {
            return elapsed.plus(window).compareTo(maxDuration) <= 0;
        }
    }

    /**
     * The service level a rate must meet to count as sustainable.
     *
     * @param p99Millis 99th percentile latency bound, from intended send time
     * @param maxErrorRate errors over requests must stay below this
     * @param minSendFraction the generator must have offered at least this fraction of
     * the target rate
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
     * @param rate requests per second
     * @param duration total load duration
     * @param faultAfter when, after the load starts, the fault is injected
     */
    public record BlastPlan(double rate, Duration duration, Duration faultAfter) {

        /**
         * Share of stock-level reads mixed in while the fault is injected, so the failing
         * capability is seen directly.
         */
        public static final int STOCK_CHECK_PERCENT = 10;

        public BlastPlan {
            if (faultAfter.compareTo(duration) >= 0) {
                throw new IllegalArgumentException("the fault must be injected before the load ends");
            }
        }
    }
}
