package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.measure.TopologySummary.BlastSummary;
import dev.ficus.bench.measure.TopologySummary.RateSummary;

/**
 * Short plain-language reading of the results, derived from the numbers only: each other
 * topology against the first one (the monolith), then the caveats that bound what the
 * numbers mean.
 */
final class Interpretation {

    private Interpretation() {
    }

    static List<String> of(BenchmarkReport report) {
        List<String> lines = new ArrayList<>();
        if (report.quick()) {
            lines.add("This was a --quick harness check: a few seconds per step and one repeat. Its numbers prove "
                    + "the harness works end to end; they are not a measurement and must not be compared.");
        }
        List<TopologyResult> measured = report.topologies()
            .stream()
            .filter(topology -> topology.summary().successfulRepeats() > 0)
            .toList();
        if (measured.size() < 2) {
            lines.add("Fewer than two topologies produced results, so there is nothing to compare.");
        }
        else {
            TopologyResult baseline = measured.get(0);
            measured.subList(1, measured.size()).forEach(other -> lines.add(compare(baseline, other, report.plan())));
        }
        measured.forEach(topology -> lines.addAll(blast(topology)));
        lines.add("Caveats: all processes share one machine (" + report.machine().cores() + " cores) and talk over "
                + "loopback, so network cost between services is far lower than on a real network and the extra hops "
                + "of the microservice shape are under-priced; databases are embedded H2, in memory per process. "
                + "Summed peak RSS is an upper bound (peaks need not coincide).");
        return lines;
    }

    private static String compare(TopologyResult baseline, TopologyResult other, BenchmarkPlan plan) {
        TopologySummary a = baseline.summary();
        TopologySummary b = other.summary();
        List<String> facts = new ArrayList<>();
        highestCommonRate(a, b).ifPresent(rates -> facts.add("p99 at %s/s is %s ms vs %s ms (%s; errors %s %% vs %s %%)"
            .formatted(Cells.format("%.0f", rates[0].rate()), Cells.format("%.1f", rates[1].p99().median()),
                    Cells.format("%.1f", rates[0].p99().median()), ratio(rates[1].p99(), rates[0].p99()),
                    Cells.format("%.2f", rates[1].errorRate().median() * 100),
                    Cells.format("%.2f", rates[0].errorRate().median() * 100))));
        facts.add("max sustainable throughput %s/s vs %s/s".formatted(ResultTables.sustainable(b, plan),
                ResultTables.sustainable(a, plan)));
        facts.add("summed peak RSS %s MiB vs %s MiB (%s)".formatted(
                Cells.format("%.0f", b.totalPeakRssBytes().median() / (1 << 20)),
                Cells.format("%.0f", a.totalPeakRssBytes().median() / (1 << 20)),
                ratio(b.totalPeakRssBytes(), a.totalPeakRssBytes())));
        facts.add("CPU for the same fixed-rate load %s s vs %s s (%s)".formatted(
                Cells.format("%.1f", b.totalCpuSecondsFixedRate().median()),
                Cells.format("%.1f", a.totalCpuSecondsFixedRate().median()),
                ratio(b.totalCpuSecondsFixedRate(), a.totalCpuSecondsFixedRate())));
        facts.add("start to ready %s s vs %s s".formatted(Cells.format("%.1f", b.startToReadyMillis().median() / 1000),
                Cells.format("%.1f", a.startToReadyMillis().median() / 1000)));
        return "**" + other.name() + " vs " + baseline.name() + "** (medians): " + String.join("; ", facts) + ".";
    }

    private static List<String> blast(TopologyResult topology) {
        return topology.summary().blast().stream().map(summary -> blast(topology.name(), summary)).toList();
    }

    private static String blast(String topology, BlastSummary summary) {
        String endpoints = summary.failedEndpoints().isEmpty() ? "no endpoint failed"
                : "failing endpoints: " + String.join(", ", summary.failedEndpoints());
        String same = summary.alsoRows().isEmpty() ? ""
                : " (the same fault as \"" + String.join("\", \"", summary.alsoRows()) + "\" here, measured once)";
        return "**Blast radius, " + topology + ", " + summary.row() + "** (" + summary.fault() + same + "): "
                + Cells.format("%.1f", summary.failedFraction().median() * 100)
                + " % of requests after the fault failed and "
                + Cells.format("%.1f", summary.wrongFraction().median() * 100)
                + " % were answered wrong (2xx, not the owner's truth); " + endpoints + ".";
    }

    static Optional<RateSummary[]> highestCommonRate(TopologySummary a, TopologySummary b) {
        for (int i = a.fixedRate().size() - 1; i >= 0; i--) {
            RateSummary left = a.fixedRate().get(i);
            for (RateSummary right : b.fixedRate()) {
                if (right.rate() == left.rate() && !left.p99().isEmpty() && !right.p99().isEmpty()) {
                    return Optional.of(new RateSummary[] { left, right });
                }
            }
        }
        return Optional.empty();
    }

    private static String ratio(Spread value, Spread baseline) {
        if (value.isEmpty() || baseline.isEmpty() || baseline.median() == 0) {
            return "no ratio";
        }
        return Cells.format("%.2f", value.median() / baseline.median()) + "×";
    }

}
