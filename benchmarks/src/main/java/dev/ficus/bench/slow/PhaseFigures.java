package dev.ficus.bench.slow;

import java.util.List;

/**
 * What the requests of one phase (before the inventory turned slow, or while it was) saw,
 * for one endpoint or a group of them.
 *
 * @param requests requests meant to be sent in the phase and answered or failed (4xx
 * refusals are neither and not counted)
 * @param failed 5xx, timeouts and transport failures
 * @param wrong 2xx answers that were not the owner's truth
 * @param failedShare failed and wrong answers over requests; {@code NaN} without requests
 * @param p50Millis median latency of the right answers, from the intended send time;
 * {@code NaN} without any
 * @param p99Millis 99th percentile of the same
 */
public record PhaseFigures(long requests, long failed, long wrong, double failedShare, double p50Millis,
        double p99Millis) {

    /** Counts and the latencies (any order) of the phase's right answers. */
    static PhaseFigures of(long requests, long failed, long wrong, List<Double> latencies) {
        List<Double> sorted = latencies.stream().sorted().toList();
        return new PhaseFigures(requests, failed, wrong,
                (requests == 0) ? Double.NaN : (double) (failed + wrong) / requests, percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    /** The nearest-rank percentile of ascending values; {@code NaN} for none. */
    static double percentile(List<Double> ascending, double fraction) {
        if (ascending.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * ascending.size());
        return ascending.get(Math.max(0, rank - 1));
    }

}
