package dev.ficus.bench.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One window of the warm-up: the load it offered and what a request cost the system under
 * test.
 *
 * @param rate offered requests per second
 * @param sent requests sent
 * @param errors requests that failed (5xx, timeouts, refused)
 * @param cpuSecondsPerRequest CPU seconds of all processes under test over {@code sent};
 * NaN when nothing was sent
 * @param processes the same per process under test, in start order
 * @param jitShares per process under test, the share of its CPU time in the window that
 * went to its JIT compiler threads; empty when not measured (runs before it was)
 */
public record WarmUpWindow(double rate, long sent, long errors, double cpuSecondsPerRequest,
        Map<String, Double> processes, Map<String, Double> jitShares) {

    public WarmUpWindow {
        processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        jitShares = (jitShares == null) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(jitShares));
    }

    /** A window whose JIT compilers' share was not measured. */
    public WarmUpWindow(double rate, long sent, long errors, double cpuSecondsPerRequest,
            Map<String, Double> processes) {
        this(rate, sent, errors, cpuSecondsPerRequest, processes, Map.of());
    }

    /**
     * A window from the CPU seconds each process used during it, and those its JIT
     * compiler threads used.
     */
    static WarmUpWindow of(double rate, long sent, long errors, Map<String, Double> cpuSeconds,
            Map<String, Double> jitSeconds) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        Map<String, Double> jitShares = new LinkedHashMap<>();
        cpuSeconds.forEach((name, seconds) -> {
            perRequest.put(name, perRequest(seconds, sent));
            jitShares.put(name, (seconds > 0) ? Math.min(1, jitSeconds.getOrDefault(name, 0.0) / seconds) : 0);
        });
        double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return new WarmUpWindow(rate, sent, errors, perRequest(total, sent), perRequest, jitShares);
    }

    /** The highest JIT share of any process in the window; 0 when not measured. */
    public double highestJitShare() {
        return jitShares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double perRequest(double seconds, long sent) {
        return (sent > 0) ? seconds / sent : Double.NaN;
    }
}
