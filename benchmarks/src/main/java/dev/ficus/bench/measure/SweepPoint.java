package dev.ficus.bench.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param cpuSecondsPerRequestByProcess CPU seconds each process under test used during
 * the point over the requests sent, in start order (work an order queued that ran after
 * the point is charged to the next one); empty when not measured (runs before it was)
 */
public record SweepPoint(double rate, double p99Millis, double errorRate, double wrongRate, double sendRate,
        boolean sustained, boolean fixedRate, Map<String, Double> cpuSecondsPerRequestByProcess) {

    public SweepPoint {
        cpuSecondsPerRequestByProcess = (cpuSecondsPerRequestByProcess == null) ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(cpuSecondsPerRequestByProcess));
    }

    /** A point whose CPU was not measured. */
    public SweepPoint(double rate, double p99Millis, double errorRate, double wrongRate, double sendRate,
            boolean sustained, boolean fixedRate) {
        this(rate, p99Millis, errorRate, wrongRate, sendRate, sustained, fixedRate, Map.of());
    }

    /** A point the sweep measured itself, with the CPU seconds each process used. */
    public static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo, Map<String, Double> cpuSeconds) {
        return of(result, slo, false, cpuSeconds);
    }

    /**
     * A fixed-rate measurement read as the sweep's verdict for its rate, with the CPU
     * seconds each process used.
     */
    public static SweepPoint fromFixedRate(LoadResult result, BenchmarkPlan.Slo slo, Map<String, Double> cpuSeconds) {
        return of(result, slo, true, cpuSeconds);
    }

    private static SweepPoint of(LoadResult result, BenchmarkPlan.Slo slo, boolean fixedRate,
            Map<String, Double> cpuSeconds) {
        boolean sustained = result.latency().count() > 0 && result.latency().p99() <= slo.p99Millis()
                && result.failureRate() < slo.maxErrorRate()
                && result.sendRate() >= slo.minSendFraction() * result.targetRate();
        Map<String, Double> perRequest = new LinkedHashMap<>();
        if (result.sent() > 0) {
            cpuSeconds.forEach((name, seconds) -> perRequest.put(name, seconds / result.sent()));
        }
        return new SweepPoint(result.targetRate(), result.latency().p99(), result.errorRate(), result.wrongRate(),
                result.sendRate(), sustained, fixedRate, perRequest);
    }

    /**
     * CPU seconds of all processes under test per request sent; NaN when not measured.
     */
    public double cpuSecondsPerRequest() {
        return cpuSecondsPerRequestByProcess.isEmpty() ? Double.NaN
                : cpuSecondsPerRequestByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
