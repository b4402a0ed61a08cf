package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

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
 * @param sustained whether all of the SLO held and the point's work fitted the CPU
 * @param fixedRate whether the point is a fixed-rate measurement taken as the sweep's
 * verdict for its rate
 * @param cpuSecondsPerRequestByProcess CPU seconds each process under test used for the
 * point over the requests sent, in start order: during the load and, for a point the
 * sweep measured, until the processes were quiet again (a fixed rate's queued work is
 * charged to the next one); empty when not measured (runs before it was)
 * @param drainMillis how long after the load the processes took to become quiet again (at
 * most {@link CpuWatch#QUIET_TIMEOUT}, to the next {@link CpuWatch#PROBE_EVERY}); 0 when
 * not waited for (fixed rates, runs before it was)
 * @param cpuShare the CPU the point's work took (load and drain) over what the pinned
 * CPUs offer during the load; above {@link #MAX_CPU_SHARE} the shape fell behind the
 * rate, whatever its latency said; NaN when not measured
 */
public record SweepPoint(double rate, double p99Millis, double errorRate, double wrongRate, double sendRate,
        boolean sustained, boolean fixedRate, Map<String, Double> cpuSecondsPerRequestByProcess, long drainMillis,
        double cpuShare) {

    /**
     * A rate whose requests need more CPU than the load's duration offers is not
     * sustained: a shape that answers in time by leaving work queued (asynchronous
     * listeners, an outbox) falls further behind every second.
     */
    public static final double MAX_CPU_SHARE = 1.0;

    /** The longest wait for quiet after a sweep point, whose CPU is charged to it. */
    public static final Duration DRAIN_LIMIT = CpuWatch.QUIET_TIMEOUT;

    public SweepPoint {
        cpuSecondsPerRequestByProcess = Collections.unmodifiableMap(new LinkedHashMap<>(cpuSecondsPerRequestByProcess));
        // a point without CPU figures (measured before them) has no share either
        if (cpuSecondsPerRequestByProcess.isEmpty()) {
            cpuShare = Double.NaN;
        }
    }

    /**
     * Reads a point of any run: one from before the wait for quiet has no
     * {@code drainMillis} or {@code cpuShare}, which read as 0 and not measured.
     */
    @JsonCreator
    static SweepPoint fromJson(@JsonProperty("rate") double rate, @JsonProperty("p99Millis") double p99Millis,
            @JsonProperty("errorRate") double errorRate, @JsonProperty("wrongRate") double wrongRate,
            @JsonProperty("sendRate") double sendRate, @JsonProperty("sustained") boolean sustained,
            @JsonProperty("fixedRate") boolean fixedRate,
            @JsonProperty("cpuSecondsPerRequestByProcess") @Nullable Map<String, Double> cpuSecondsPerRequestByProcess,
            @JsonProperty("drainMillis") @Nullable Long drainMillis,
            @JsonProperty("cpuShare") @Nullable Double cpuShare) {
        return new SweepPoint(rate, p99Millis, errorRate, wrongRate, sendRate, sustained, fixedRate,
                (cpuSecondsPerRequestByProcess == null) ? Map.of() : cpuSecondsPerRequestByProcess,
                (drainMillis == null) ? 0 : drainMillis, (cpuShare == null) ? Double.NaN : cpuShare);
    }

    /** A point whose CPU was not measured. */
    public SweepPoint(double rate, double p99Millis, double errorRate, double wrongRate, double sendRate,
            boolean sustained, boolean fixedRate) {
        this(rate, p99Millis, errorRate, wrongRate, sendRate, sustained, fixedRate, Map.of(), 0, Double.NaN);
    }

    /**
     * A point the sweep measured itself: the CPU seconds each process used from the start
     * of the load until it was quiet again, {@code drainMillis} after the load.
     */
    public static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo, Map<String, Double> cpuSeconds,
            long drainMillis, int cpuCount) {
        return of(result, slo, false, cpuSeconds, drainMillis, cpuCount);
    }

    /**
     * A fixed-rate measurement read as the sweep's verdict for its rate, with the CPU
     * seconds each process used during it.
     */
    public static SweepPoint fromFixedRate(LoadResult result, BenchmarkPlan.Slo slo, Map<String, Double> cpuSeconds,
            int cpuCount) {
        return of(result, slo, true, cpuSeconds, 0, cpuCount);
    }

    private static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo, boolean fixedRate,
            Map<String, Double> cpuSeconds, long drainMillis, int cpuCount) {
        double budget = cpuCount * result.durationMillis() / 1000.0;
        double cpuShare = (budget > 0) ? cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum() / budget
                : Double.NaN;
        boolean sustained = result.latency().count() > 0 && result.latency().p99() <= slo.p99Millis()
                && result.failureRate() < slo.maxErrorRate()
                && result.sendRate() >= slo.minSendFraction() * result.targetRate() && !(cpuShare > MAX_CPU_SHARE);
        Map<String, Double> perRequest = new LinkedHashMap<>();
        if (result.sent() > 0) {
            cpuSeconds.forEach((name, seconds) -> perRequest.put(name, seconds / result.sent()));
        }
        return new SweepPoint(result.targetRate(), result.latency().p99(), result.errorRate(), result.wrongRate(),
                result.sendRate(), sustained, fixedRate, perRequest, drainMillis, cpuShare);
    }

    /**
     * CPU seconds of all processes under test per request sent; NaN when not measured.
     */
    public double cpuSecondsPerRequest() {
        return cpuSecondsPerRequestByProcess.isEmpty() ? Double.NaN
                : cpuSecondsPerRequestByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
