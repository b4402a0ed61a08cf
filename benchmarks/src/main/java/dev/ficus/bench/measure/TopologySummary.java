package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * @param processes per process: startup, CPU during the fixed rates, peak RSS
 * @param totalPeakRssBytes sum of the processes' peak RSS (an upper bound of the
 * topology's footprint)
 * @param totalCpuSecondsFixedRate CPU seconds of all processes during the fixed-rate
 * points
 * @param blastFailedFraction share of requests failing after the fault
 * @param blastFailingMillis longest failing period of any endpoint after the fault
 * @param blastFailedEndpoints endpoints that failed in any repeat
 */
public record TopologySummary(int successfulRepeats, Spread startToReadyMillis, List<RateSummary> fixedRate,
        Spread maxSustainableRate, Map<String, ProcessSummary> processes, Spread totalPeakRssBytes,
        Spread totalCpuSecondsFixedRate, Spread blastFailedFraction, Spread blastFailingMillis,
        List<String> blastFailedEndpoints) {

    public static TopologySummary of(List<RepeatResult> repeats, List<Double> fixedRates) {
        List<RepeatResult> ok = repeats.stream().filter(RepeatResult::succeeded).toList();
        List<RateSummary> rates = fixedRates.stream().map(rate -> RateSummary.of(rate, ok)).toList();
        List<BlastRadius> blasts = ok.stream()
            .map(RepeatResult::blastRadius)
            .filter(radius -> radius != null && radius.measured())
            .toList();
        Set<String> failedEndpoints = new LinkedHashSet<>();
        blasts.forEach(radius -> failedEndpoints.addAll(radius.failedEndpoints()));
        return new TopologySummary(ok.size(), spread(ok, RepeatResult::startToReadyMillis), rates,
                spread(ok, RepeatResult::maxSustainableRate), ProcessSummary.of(ok),
                spread(ok, RepeatResult::totalPeakRssBytes), spread(ok, RepeatResult::totalCpuSecondsFixedRate),
                spread(blasts, BlastRadius::failedFraction),
                spread(blasts,
                        radius -> radius.endpoints()
                            .stream()
                            .mapToLong(BlastRadius.EndpointImpact::failingMillis)
                            .max()
                            .orElse(0)),
                List.copyOf(failedEndpoints));
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
            Spread sendRate) {

        static RateSummary of(double rate, List<RepeatResult> repeats) {
            List<LoadResult> results = repeats.stream().flatMap(repeat -> repeat.atRate(rate).stream()).toList();
            Function<ToDoubleFunction<LatencySummary>, Spread> latency = percentile -> spread(results,
                    result -> percentile.applyAsDouble(result.latency()));
            return new RateSummary(rate, latency.apply(LatencySummary::p50), latency.apply(LatencySummary::p90),
                    latency.apply(LatencySummary::p99), latency.apply(LatencySummary::p999),
                    spread(results, LoadResult::errorRate), spread(results, LoadResult::sendRate));
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
