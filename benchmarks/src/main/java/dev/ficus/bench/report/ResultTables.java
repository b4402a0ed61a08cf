package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.BlastRadius;
import dev.ficus.bench.measure.CpuNoise;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.measure.WarmUpResult;

/**
 * The report's tables: headline per topology, latency per fixed rate, resources per
 * process, blast radius.
 */
final class ResultTables {

    /** Marks a figure that comes from windows where other work took the CPU. */
    static final String DISTURBED = "⚠ disturbed";

    /**
     * Marks a figure that depends on a warm state the repeats did not share (their
     * settled CPU per request spread beyond the tolerance).
     */
    static final String WARM_UP_DIFFERS = "≠ warm-up differs";

    /** A run from before answers were checked for content. */
    static final String NOT_CHECKED = "not checked";

    private ResultTables() {
    }

    static List<Table> of(BenchmarkReport report) {
        List<Table> tables = new ArrayList<>(List.of(headline(report), latency(report), processes(report)));
        Table cpu = CpuPerRequestTable.of(report);
        if (!cpu.rows().isEmpty()) {
            tables.add(cpu);
        }
        tables.add(warmUpAndNoise(report));
        tables.add(blastRadius(report));
        return List.copyOf(tables);
    }

    static Table headline(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            TopologySummary summary = topology.summary();
            String warm = summary.settledSpreadExceeded() ? " " + WARM_UP_DIFFERS : "";
            String fixedFlag = flag(topology, RepeatResult.Noise::fixedRateDisturbed) + warm;
            String p99 = summary.fixedRate().isEmpty() ? "–" : Cells.millis(last(summary).p99()) + fixedFlag;
            rows.add(List.of(topology.name(),
                    sustainable(summary, report.plan()) + flag(topology, RepeatResult.Noise::sustainableRateDisturbed)
                            + warm,
                    p99, Cells.mebibytes(summary.totalPeakRssBytes()), Cells.seconds(summary.startToReadyMillis()),
                    Cells.spread(summary.totalCpuSecondsFixedRate(), "%.1f") + fixedFlag,
                    summary.successfulRepeats() + "/" + topology.repeats().size()));
        }
        String rate = report.plan().fixedRates().isEmpty() ? "?"
                : Cells.format("%.0f", report.plan().fixedRates().get(report.plan().fixedRates().size() - 1));
        return new Table("Summary per topology (median, min–max over repeats)",
                List.of("topology", "max sustainable req/s (" + report.plan().slo().describe()
                        + (CpuPerRequestTable.judgesWorkAgainstTheCpu(report) ? ", work within the CPU" : "") + ")",
                        "p99 ms at " + rate + " req/s", "summed peak RSS MiB", "start → ready s",
                        "CPU s during fixed-rate load", "repeats ok"),
                rows);
    }

    static Table latency(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            String fixedFlag = flag(topology, RepeatResult.Noise::fixedRateDisturbed);
            for (TopologySummary.RateSummary rate : topology.summary().fixedRate()) {
                rows.add(List.of(topology.name(), Cells.format("%.0f", rate.rate()), Cells.millis(rate.p50()),
                        Cells.millis(rate.p90()), Cells.millis(rate.p99()) + fixedFlag, Cells.millis(rate.p999()),
                        Cells.percent(rate.errorRate()),
                        report.answersChecked() ? Cells.percent(rate.wrongRate()) : NOT_CHECKED,
                        Cells.spread(rate.sendRate(), "%.1f")));
            }
        }
        return new Table("Latency at fixed rates, ms from intended send time (coordinated omission corrected)", List
            .of("topology", "req/s", "p50", "p90", "p99", "p99.9", "errors %", "wrong answers %", "offered req/s"),
                rows);
    }

    static Table processes(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            topology.summary()
                .processes()
                .forEach((name, process) -> rows.add(List.of(topology.name(), name,
                        Cells.seconds(process.startToReadyMillis()), Cells.spread(process.cpuSecondsStartup(), "%.1f"),
                        Cells.spread(process.cpuSecondsFixedRate(), "%.1f"), Cells.mebibytes(process.peakRssBytes()))));
        }
        return new Table("Resources per process (from /proc)", List.of("topology", "process", "start → ready s",
                "CPU s to ready", "CPU s fixed-rate load", "peak RSS MiB (VmHWM)"), rows);
    }

    /**
     * {@link #DISTURBED} after a figure when one of the successful repeats it comes from
     * was disturbed in its windows.
     */
    private static String flag(TopologyResult topology, Predicate<RepeatResult.Noise> disturbed) {
        boolean any = topology.repeats()
            .stream()
            .filter(RepeatResult::succeeded)
            .anyMatch(repeat -> disturbed.test(repeat.noise()));
        return any ? " " + DISTURBED : "";
    }

    static Table warmUpAndNoise(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            for (RepeatResult repeat : topology.repeats()) {
                WarmUpResult warmUp = repeat.warmUp();
                if (warmUp == null) {
                    continue;
                }
                CpuNoise fixed = repeat.noise().fixedRate();
                CpuNoise sweep = repeat.noise().sweep();
                CpuNoise all = repeat.noise().measured();
                CpuNoise blasts = repeat.blastRadii()
                    .stream()
                    .map(BlastRadius::noise)
                    .reduce(CpuNoise.NOT_MEASURED, CpuNoise::plus);
                rows.add(List.of(topology.name(), Integer.toString(repeat.repeat()),
                        Cells.format("%,.0f", warmUp.requests()), Cells.format("%.0f", warmUp.millis() / 1000.0),
                        Cells.format("%.2f", warmUp.finalCpuSecondsPerRequest() * 1000),
                        warmUp.settled() ? "yes" : "**no**", noiseCell(fixed), noiseCell(sweep), noiseCell(blasts),
                        all.measured() ? Cells.format("%.1f", all.stealSeconds()) : "–",
                        all.measured() ? Cells.format("%.1f", all.interruptSeconds()) : "–"));
            }
        }
        return new Table("Warm-up and noise on the system-under-test CPU, per repeat",
                List.of("topology", "repeat", "warm-up requests", "warm-up s", "CPU ms/request at end of warm-up",
                        "settled", "other processes s (share) during fixed rates",
                        "other processes s (share) during the sweep",
                        "other processes s (share) during the blast-radius loads", "steal s", "interrupts s"),
                rows);
    }

    private static String noiseCell(CpuNoise noise) {
        if (!noise.measured()) {
            return "not measured (unpinned)";
        }
        String cell = Cells.format("%.1f", noise.otherProcessSeconds()) + " ("
                + Cells.format("%.1f", noise.stolenShare() * 100) + " %)";
        return noise.exceedsWarning() ? "**" + cell + "**" : cell;
    }

    static Table blastRadius(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            for (RepeatResult repeat : topology.repeats()) {
                repeat.blastRadii()
                    .forEach(blast -> rows
                        .add(blastRow(topology.name(), repeat.repeat(), blast, report.answersChecked())));
            }
        }
        return new Table("Blast radius: inventory fails under steady load, the same fault in every shape",
                List.of("topology", "repeat", "comparison row", "fault", "failing endpoints",
                        "failed share of requests after fault (5xx, timeout, refused)",
                        "wrong answers after fault (2xx, not the owner's truth)", "failing for s", "recovered"),
                rows);
    }

    /**
     * The comparison rows one measurement answers: two where they are the same fault in
     * this shape (measured once), none in a run from before the rows.
     */
    static String comparisonRows(List<String> rows) {
        if (rows.isEmpty()) {
            return "– (run before the same-fault rows)";
        }
        return String.join(" = ", rows) + ((rows.size() > 1) ? " (one fault here, measured once)" : "");
    }

    private static List<String> blastRow(String topology, int repeat, BlastRadius blast, boolean answersChecked) {
        String rows = comparisonRows(blast.rows());
        if (!blast.measured()) {
            return List.of(topology, Integer.toString(repeat), rows, blast.fault(), "not measured: " + blast.reason(),
                    "–", "–", "–", "–");
        }
        boolean recovered = blast.endpoints().stream().noneMatch(BlastRadius.EndpointImpact::failingUntilEnd);
        String endpoints = blast.failedEndpoints().isEmpty() ? "none"
                : String.join(", ",
                        blast.endpoints()
                            .stream()
                            .filter(impact -> impact.failedAfterFault() + impact.wrongAfterFault() > 0)
                            .map(impact -> impact.endpoint() + " "
                                    + Cells.format("%.0f",
                                            100.0 * (impact.failedAfterFault() + impact.wrongAfterFault())
                                                    / Math.max(1, impact.requestsAfterFault()))
                                    + " %")
                            .toList());
        String recovery = blast.failedEndpoints().isEmpty() ? "n/a" : (recovered ? "yes" : "no (until end of load)");
        if (!blast.reason().isEmpty()) {
            recovery += "; " + blast.reason();
        }
        return List.of(topology, Integer.toString(repeat), rows, blast.fault(), endpoints,
                Cells.format("%.2f", blast.failedFraction() * 100) + " %" + (blast.disturbed() ? " " + DISTURBED : ""),
                answersChecked ? Cells.format("%.2f", blast.wrongFraction() * 100) + " %" : NOT_CHECKED,
                Cells.format("%.1f", blast.longestFailingMillis() / 1000.0), recovery);
    }

    /**
     * A maximum of 0 means even the lowest sweep rate broke the SLO ("&lt; lowest"); a
     * repeat whose sweep never broke it, up to the ceiling, measured only a lower bound,
     * which "&ge;" says (in a run from before the count, a median at the top of the sweep
     * says the same).
     */
    static String sustainable(TopologySummary summary, BenchmarkPlan plan) {
        Spread rate = summary.maxSustainableRate();
        if (rate.isEmpty() || plan.sweepRates().isEmpty()) {
            return Cells.spread(rate, "%.0f");
        }
        if (rate.max() == 0) {
            return "< " + Cells.format("%.0f", plan.sweepRates().get(0));
        }
        boolean lowerBound = summary.sustainableLowerBounds() > 0 || rate.median() >= plan.highestSweepRate();
        return (lowerBound ? "≥ " : "") + Cells.spread(rate, "%.0f");
    }

    private static TopologySummary.RateSummary last(TopologySummary summary) {
        return summary.fixedRate().get(summary.fixedRate().size() - 1);
    }

}
