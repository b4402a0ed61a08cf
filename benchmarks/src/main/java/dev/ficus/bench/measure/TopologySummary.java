package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;

/**
 * The repeats of one topology reduced to median with min–max for every reported quantity.
 *
 * @param successfulRepeats repeats that ran to the end
 * @param startToReadyMillis whole topology, first launch to last ready
 * @param fixedRate latency and errors per fixed rate
 * @param maxSustainableRate highest rate meeting the SLO
 * @param sustainableLowerBounds repeats whose sweep never broke the SLO, so their
 * sustainable rate is only a lower bound
 * @param processes per process: startup, CPU during the fixed rates, peak RSS
 * @param totalPeakRssBytes sum of the processes' peak RSS (an upper bound of the
 * topology's footprint)
 * @param totalCpuSecondsFixedRate CPU seconds of all processes during the fixed-rate
 * points
 * @param settledCpuSecondsPerRequest CPU per request at the end of each repeat's warm-up
 * (see {@link BenchmarkPlan.Warmup#SETTLED_SPREAD_TOLERANCE})
 * @param blast per comparison row ({@link FaultCase#ROWS}) that was measured, what its
 * fault did
 */
public record TopologySummary(int successfulRepeats, Spread startToReadyMillis, List<RateSummary> fixedRate,
        Spread maxSustainableRate, int sustainableLowerBounds, Map<String, ProcessSummary> processes,
        Spread totalPeakRssBytes, Spread totalCpuSecondsFixedRate, Spread settledCpuSecondsPerRequest,
        List<BlastSummary> blast) {

    public TopologySummary {
        blast = (blast == null) ? List.of() : List.copyOf(blast);
        settledCpuSecondsPerRequest = (settledCpuSecondsPerRequest == null) ? Spread.NONE : settledCpuSecondsPerRequest;
    }

    /**
     * Whether the repeats' settled CPU per request spreads beyond the plan's tolerance:
     * the figures that depend on it compare unlike repeats.
     */
    public boolean settledSpreadExceeded() {
        return BenchmarkPlan.Warmup.settledSpreadExceeded(settledCpuSecondsPerRequest);
    }

    public static TopologySummary of(List<RepeatResult> repeats, List<Double> fixedRates) {
        List<RepeatResult> ok = repeats.stream().filter(RepeatResult::succeeded).toList();
        List<RateSummary> rates = fixedRates.stream().map(rate -> RateSummary.of(rate, ok)).toList();
        List<BlastSummary> blast = FaultCase.ROWS.stream()
            .map(row -> BlastSummary.of(row, ok))
            .filter(summary -> summary.measuredRepeats() > 0)
            .toList();
        return new TopologySummary(ok.size(), spread(ok, RepeatResult::startToReadyMillis), rates,
                spread(ok, RepeatResult::maxSustainableRate),
                (int) ok.stream().filter(RepeatResult::sustainableRateIsLowerBound).count(), ProcessSummary.of(ok),
                spread(ok, RepeatResult::totalPeakRssBytes), spread(ok, RepeatResult::totalCpuSecondsFixedRate),
                spread(ok.stream().filter(repeat -> repeat.warmUp() != null).toList(),
                        repeat -> Objects.requireNonNull(repeat.warmUp()).finalCpuSecondsPerRequest()),
                blast);
    }

    /** The summary of one comparison row, if it was measured in some repeat. */
    public Optional<BlastSummary> blast(String row) {
        return blast.stream().filter(summary -> summary.row().equals(row)).findFirst();
    }

    /**
     * One comparison row of the blast radius across repeats.
     *
     * @param row the comparison row ({@link FaultCase#ROWS})
     * @param fault what was done for it in this shape
     * @param alsoRows other rows the same measurement answers (the same fault in this
     * shape)
     * @param measuredRepeats repeats in which the fault was injected
     * @param failedFraction share of requests after the fault that failed (5xx, timeout,
     * refused)
     * @param wrongFraction share answered 2xx with something other than the owner's truth
     * @param failingMillis longest failing period of any endpoint after the fault
     * @param failedEndpoints endpoints that failed in any repeat
     */
    public record BlastSummary(String row, String fault, List<String> alsoRows, int measuredRepeats,
            Spread failedFraction, Spread wrongFraction, Spread failingMillis, List<String> failedEndpoints) {

        public BlastSummary {
            alsoRows = List.copyOf(alsoRows);
            failedEndpoints = List.copyOf(failedEndpoints);
        }

        static BlastSummary of(String row, List<RepeatResult> repeats) {
            List<BlastRadius> blasts = repeats.stream()
                .flatMap(repeat -> repeat.blastRadius(row).stream())
                .filter(BlastRadius::measured)
                .toList();
            Set<String> failedEndpoints = new LinkedHashSet<>();
            blasts.forEach(radius -> failedEndpoints.addAll(radius.failedEndpoints()));
            String fault = blasts.isEmpty() ? "" : blasts.get(0).fault();
            List<String> alsoRows = blasts.isEmpty() ? List.of()
                    : blasts.get(0).rows().stream().filter(other -> !other.equals(row)).toList();
            return new BlastSummary(row, fault, alsoRows, blasts.size(), spread(blasts, BlastRadius::failedFraction),
                    spread(blasts, BlastRadius::wrongFraction), spread(blasts, BlastRadius::longestFailingMillis),
                    List.copyOf(failedEndpoints));
        }
    }

    static <T> Spread spread(List<T> items, ToDoubleFunction<T> value) {
        List<Double> values = new ArrayList<>();
        items.forEach(item -> values.add(value.applyAsDouble(item)));
        return Spread.of(values);
    }

    /**
     * One fixed rate across repeats.
     *
     * @param rate offered requests per second
     */
    public record RateSummary(double rate, Spread p50, Spread p90, Spread p99, Spread p999, Spread errorRate,
            Spread wrongRate, Spread sendRate) {

        static RateSummary of(double rate, List<RepeatResult> repeats) {
            List<LoadResult> results = repeats.stream().flatMap(repeat -> repeat.atRate(rate).stream()).toList();
            Function<ToDoubleFunction<LatencySummary>, Spread> latency = percentile -> spread(results,
                    result -> percentile.applyAsDouble(result.latency()));
            return new RateSummary(rate, latency.apply(LatencySummary::p50), latency.apply(LatencySummary::p90),
                    latency.apply(LatencySummary::p99), latency.apply(LatencySummary::p999),
                    spread(results, LoadResult::errorRate), spread(results, LoadResult::wrongRate),
                    spread(results, LoadResult::sendRate));
        }
    }

    /**
     * One process across repeats.
     */
    public record ProcessSummary(Spread startToReadyMillis, Spread cpuSecondsStartup, Spread cpuSecondsFixedRate,
            Spread peakRssBytes) {

        static Map<String, ProcessSummary> of(List<RepeatResult> repeats) {
            Map<String, ProcessSummary> summaries = new LinkedHashMap<>();
            repeats.stream().flatMap(repeat -> repeat.processes().keySet().stream()).distinct().forEach(name -> {
                List<ProcessResources> resources = repeats.stream()
                    .map(repeat -> repeat.processes().get(name))
                    .filter(r -> r != null)
                    .toList();
                summaries.put(name,
                        new ProcessSummary(spread(resources, ProcessResources::startToReadyMillis),
                                spread(resources, ProcessResources::cpuSecondsStartup),
                                spread(resources, ProcessResources::cpuSecondsFixedRate),
                                spread(resources, ProcessResources::peakRssBytes)));
            });
            return summaries;
        }
    }
}
