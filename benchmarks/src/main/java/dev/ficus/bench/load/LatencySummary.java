package dev.ficus.bench.load;

import org.HdrHistogram.AbstractHistogram;

/**
 * Percentiles of one latency histogram, in milliseconds.
 *
 * @param count number of recorded values
 */
public record LatencySummary(long count, double p50, double p90, double p99, double p999, double max, double mean) {

    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, 0);

    /** Summarises a histogram recorded in microseconds. */
    public static LatencySummary ofMicros(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencySummary(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(90)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getValueAtPercentile(99.9)), millis(histogram.getMaxValue()),
                histogram.getMean() / 1000.0);
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
