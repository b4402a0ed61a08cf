package dev.ficus.bench.measure;

/**
 * Resources one process of a topology used during one repeat, from {@code /proc}.
 *
 * @param startToReadyMillis from launching the process to its readiness answering 200
 * @param cpuSecondsStartup CPU seconds used until ready
 * @param cpuSecondsFixedRate CPU seconds used during the fixed-rate points (the same load
 * for every topology)
 * @param peakRssBytes peak resident set size over the whole repeat ({@code VmHWM})
 */
public record ProcessResources(long startToReadyMillis, double cpuSecondsStartup, double cpuSecondsFixedRate,
        long peakRssBytes) {
}
