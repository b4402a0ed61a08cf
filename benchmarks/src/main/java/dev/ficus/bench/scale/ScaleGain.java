package dev.ficus.bench.scale;

import org.jspecify.annotations.Nullable;

/**
 * What one more instance bought: the sustainable rate it added against the RSS and the
 * CPU it added, from the medians of the topology without it ({@code from}) and with it
 * ({@code to}).
 *
 * @param option what was added, e.g. {@code "one more monolith"}
 * @param from the topology without the extra instance
 * @param to the topology with it
 * @param extraRequestsPerSecond sustainable rate gained (negative: lost), requests/s
 * @param extraRssMib summed peak RSS added, MiB
 * @param extraCpuSecondsPer1000Requests CPU seconds added per 1,000 requests at the fixed
 * rate (the same load in both)
 * @param requestsPerSecondPerMib requests/s gained per extra MiB of RSS; {@code null}
 * when no RSS was added
 * @param requestsPerSecondPerCpuSecond requests/s gained per extra CPU-second per 1,000
 * requests; {@code null} when no CPU was added (the ratio would say nothing)
 * @param lowerBound whether a sustainable rate it is computed from is only a lower bound
 */
public record ScaleGain(String option, String from, String to, double extraRequestsPerSecond, double extraRssMib,
        double extraCpuSecondsPer1000Requests, @Nullable Double requestsPerSecondPerMib,
        @Nullable Double requestsPerSecondPerCpuSecond, boolean lowerBound) {

    static ScaleGain between(String option, ScaleFigures from, ScaleFigures to) {
        double rate = to.maxSustainableRate().median() - from.maxSustainableRate().median();
        double rss = to.peakRssMib().median() - from.peakRssMib().median();
        double cpu = to.cpuSecondsPer1000Requests().median() - from.cpuSecondsPer1000Requests().median();
        return new ScaleGain(option, from.name(), to.name(), rate, rss, cpu, ratio(rate, rss), ratio(rate, cpu),
                from.lowerBound() || to.lowerBound());
    }

    /** {@code gained / added}, or {@code null} when nothing (or less) was added. */
    static @Nullable Double ratio(double gained, double added) {
        if (!(added > 0) || Double.isNaN(gained)) {
            return null;
        }
        return gained / added;
    }

    /** Whether the extra instance raised the sustainable rate at all. */
    public boolean paid() {
        return extraRequestsPerSecond > 0;
    }

}
