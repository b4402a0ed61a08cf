package dev.ficus.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.WarmUpResult;

/**
 * One topology's figures across its repeats, median with min–max: what the comparison
 * needs of the main benchmark's measurements.
 *
 * @param name topology name
 * @param description one line for humans
 * @param processes process names in start order
 * @param successfulRepeats repeats that ran to the end
 * @param maxSustainableRate highest rate meeting the SLO, requests/s
 * @param sustainableLowerBounds repeats whose sweep never broke the SLO up to its
 * ceiling, so their rate is only a lower bound
 * @param peakRssMib the processes' peak RSS ({@code VmHWM}) summed, MiB
 * @param cpuSecondsPer1000Requests CPU seconds of all processes per 1,000 requests at the
 * fixed rate
 * @param catalogRequestsServed per monolith or catalog-service process, the catalog
 * requests it served over a repeat (warm-up included), -1 when it did not answer
 * @param unsettledWarmUps repeats whose warm-up ended before the CPU per request settled
 * @param disturbedRepeats repeats in whose measured windows other processes took more
 * than the warning share of the system under test's CPU
 * @param failures why failed repeats failed
 */
public record ScaleFigures(String name, String description, List<String> processes, int successfulRepeats,
        Spread maxSustainableRate, int sustainableLowerBounds, Spread peakRssMib, Spread cpuSecondsPer1000Requests,
        Map<String, Spread> catalogRequestsServed, int unsettledWarmUps, int disturbedRepeats, List<String> failures) {

    static final double MIB = 1024 * 1024;

    public ScaleFigures {
        processes = List.copyOf(processes);
        catalogRequestsServed = new LinkedHashMap<>(catalogRequestsServed);
        failures = List.copyOf(failures);
    }

    static ScaleFigures of(TopologyResult result, Map<Integer, Map<String, Long>> servedByRepeat) {
        List<RepeatResult> ok = result.repeats().stream().filter(RepeatResult::succeeded).toList();
        List<Double> rss = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (RepeatResult repeat : ok) {
            rss.add(repeat.totalPeakRssBytes() / MIB);
            cpu.add(cpuSecondsPer1000Requests(repeat));
        }
        Set<String> servers = new LinkedHashSet<>();
        servedByRepeat.values().forEach(counts -> servers.addAll(counts.keySet()));
        Map<String, Spread> served = new LinkedHashMap<>();
        for (String process : servers) {
            served.put(process,
                    Spread.of(ok.stream()
                        .map(repeat -> servedByRepeat.getOrDefault(repeat.repeat(), Map.of()).get(process))
                        .filter(count -> count != null)
                        .toList()));
        }
        return new ScaleFigures(result.name(), result.description(), result.processes(), ok.size(),
                Spread.of(ok.stream().map(RepeatResult::maxSustainableRate).toList()),
                (int) ok.stream().filter(RepeatResult::sustainableRateIsLowerBound).count(), Spread.of(rss),
                Spread.of(cpu), served, (int) ok.stream().filter(ScaleFigures::unsettled).count(),
                (int) ok.stream()
                    .filter(repeat -> repeat.noise().sustainableRateDisturbed() || repeat.noise().fixedRateDisturbed())
                    .count(),
                result.failures());
    }

    /**
     * CPU seconds of all processes during the fixed-rate points over the requests sent in
     * them, per 1,000; NaN when none was sent.
     */
    static double cpuSecondsPer1000Requests(RepeatResult repeat) {
        long sent = repeat.fixedRate().stream().mapToLong(LoadResult::sent).sum();
        return (sent == 0) ? Double.NaN : repeat.totalCpuSecondsFixedRate() / sent * 1000;
    }

    private static boolean unsettled(RepeatResult repeat) {
        WarmUpResult warmUp = repeat.warmUp();
        return warmUp != null && !warmUp.settled();
    }

    /** Whether some repeat's sustainable rate is only a lower bound. */
    public boolean lowerBound() {
        return sustainableLowerBounds > 0;
    }

}
