package dev.ficus.gateway.traffic;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Cumulative traffic of one side of one capability at a moment; {@link #since} turns two
 * snapshots into a window.
 *
 * @param requests requests answered or failed
 * @param errors 5xx answers, connection failures and timeouts
 * @param latencyMicros latency histogram in microseconds; never mutated after the
 * snapshot is taken
 */
public record SideSnapshot(long requests, long errors, Histogram latencyMicros) {

    /** The traffic between an earlier snapshot and this one. */
    public SideSnapshot since(SideSnapshot earlier) {
        Histogram window = latencyMicros.copy();
        window.subtract(earlier.latencyMicros);
        return new SideSnapshot(requests - earlier.requests, errors - earlier.errors, window);
    }

    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }

    /** The 99th percentile latency in milliseconds, 0 without requests. */
    public double p99Millis() {
        return latencyMicros.getTotalCount() == 0 ? 0
                : latencyMicros.getValueAtPercentile(99) / (double) TimeUnit.MILLISECONDS.toMicros(1);
    }

}
