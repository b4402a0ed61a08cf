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
 */
public record WarmUpWindow(double rate, long sent, long errors, double cpuSecondsPerRequest,
        Map<String, Double> processes) {

    public WarmUpWindow {
        processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
    }

    /** A window from the CPU seconds each process used during it. */
    static WarmUpWindow of(double rate, long sent, long errors, Map<String, Double> cpuSeconds) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        cpuSeconds.forEach((name, seconds) -> perRequest.put(name, perRequest(seconds, sent)));
        double total = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return new WarmUpWindow(rate, sent, errors, perRequest(total, sent), perRequest);
    }

    private static double perRequest(double seconds, long sent) {
        return (sent > 0) ? seconds / sent : Double.NaN;
    }
}
