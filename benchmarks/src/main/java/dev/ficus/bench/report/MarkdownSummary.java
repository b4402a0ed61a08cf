package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.samskivert.mustache.Template;
import org.jspecify.annotations.Nullable;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.BlastRadius;
import dev.ficus.bench.measure.CpuNoise;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.SweepPoint;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.topology.ShopTopologies;

/**
 * Renders {@code summary.md} from the {@code summary.md} template: method, machine,
 * tables, failures and a short interpretation.
 */
public final class MarkdownSummary {

    private static final int MAX_PROBLEM_LENGTH = 400;

    private static final Template TEMPLATE = ReportTemplate.markdown("summary.md");

    private MarkdownSummary() {
    }

    public static String render(BenchmarkReport report) {
        return render(report, List.of());
    }

    /** The summary with the claims' own findings in its "When it pays" section. */
    public static String render(BenchmarkReport report, List<ClaimVerdict> claims) {
        List<String> warnings = warnings(report);
        List<String> problems = problems(report).stream().map(MarkdownSummary::oneLine).toList();
        return TEMPLATE
            .execute(new View(Method.of(report), ResultTables.of(report).stream().map(MarkdownSummary::table).toList(),
                    !warnings.isEmpty(), warnings, !problems.isEmpty(), problems, Interpretation.of(report),
                    WhenItPays.of(report, claims), ProvenanceMarkdown.render(report.provenance())));
    }

    private static TableView table(Table table) {
        return new TableView(table.title(), table.headers().stream().map(MarkdownSummary::cell).toList(),
                table.rows().stream().map(row -> new Row(row.stream().map(MarkdownSummary::cell).toList())).toList());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /**
     * Repeats whose numbers need a caveat: disturbed by other work on the CPU, or
     * measured before the JIT settled.
     */
    static List<String> warnings(BenchmarkReport report) {
        List<String> warnings = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            settledSpreadWarning(topology).ifPresent(warnings::add);
            for (RepeatResult repeat : topology.repeats()) {
                warnings.addAll(noiseWarnings(topology.name(), repeat));
                if (repeat.warmUp() != null && !repeat.warmUp().settled()) {
                    warnings.add("%s repeat %d: the warm-up ended after %s s with the CPU per request still falling"
                        .formatted(topology.name(), repeat.repeat(),
                                Cells.format("%.0f", repeat.warmUp().millis() / 1000.0)));
                }
            }
        }
        return warnings;
    }

    /**
     * One warning per figure whose own windows were disturbed: the fixed-rate figures
     * from the fixed-rate windows, the sustainable rate from those and the sweep's, each
     * blast radius from its own load.
     */
    static List<String> noiseWarnings(String topology, RepeatResult repeat) {
        List<String> warnings = new ArrayList<>();
        RepeatResult.Noise noise = repeat.noise();
        String prefix = "%s repeat %d: other processes and the hypervisor took ".formatted(topology, repeat.repeat());
        if (noise.fixedRateDisturbed()) {
            warnings.add(prefix + share(noise.fixedRate()) + " during the fixed-rate windows" + over()
                    + ", so its fixed-rate latencies, errors and CPU seconds are disturbed (" + ResultTables.DISTURBED
                    + ")");
        }
        if (noise.sustainableRateDisturbed()) {
            warnings
                .add(prefix + share(noise.fixedRate()) + " during the fixed-rate windows and " + share(noise.sweep())
                        + " during the sweep's, so its sustainable rate is disturbed (" + ResultTables.DISTURBED + ")");
        }
        repeat.blastRadii()
            .stream()
            .filter(BlastRadius::disturbed)
            .forEach(blast -> warnings.add(prefix + share(blast.noise()) + " during the load of \"" + blast.fault()
                    + "\"" + over() + ", so that blast radius is disturbed (" + ResultTables.DISTURBED + ")"));
        return warnings;
    }

    /**
     * The warning when a topology's repeats settled at CPU costs per request further
     * apart than the plan's tolerance.
     */
    static Optional<String> settledSpreadWarning(TopologyResult topology) {
        TopologySummary summary = topology.summary();
        if (!summary.settledSpreadExceeded()) {
            return Optional.empty();
        }
        Spread settled = summary.settledCpuSecondsPerRequest();
        return Optional.of(("%s: the repeats' CPU per request at the end of their warm-ups spreads %s–%s ms (%s %%, "
                + "more than the %s %% tolerance), so they were measured from different JIT states; its fixed-rate "
                + "latencies and CPU seconds and its sustainable rate compare unlike repeats (%s)")
            .formatted(topology.name(), Cells.format("%.2f", settled.min() * 1000),
                    Cells.format("%.2f", settled.max() * 1000),
                    Cells.format("%.0f", BenchmarkPlan.Warmup.settledSpreadShare(settled) * 100),
                    Cells.format("%.0f", BenchmarkPlan.Warmup.SETTLED_SPREAD_TOLERANCE * 100),
                    ResultTables.WARM_UP_DIFFERS));
    }

    private static String over() {
        return " (more than " + Cells.format("%.0f", CpuNoise.WARNING_SHARE * 100) + " %)";
    }

    private static String share(CpuNoise noise) {
        if (!noise.measured()) {
            return "an unmeasured share of the CPU";
        }
        return "%s %% of CPU %s".formatted(Cells.format("%.1f", noise.stolenShare() * 100), noise.cpus());
    }

    static List<String> problems(BenchmarkReport report) {
        List<String> problems = new ArrayList<>(report.skipped());
        report.topologies()
            .forEach(topology -> topology.failures().forEach(failure -> problems.add(topology.name() + " " + failure)));
        return problems;
    }

    /**
     * Failure messages can carry a process's log tail; the summary keeps one readable
     * line of it.
     */
    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return (line.length() <= MAX_PROBLEM_LENGTH) ? line : line.substring(0, MAX_PROBLEM_LENGTH) + " …";
    }

    /** What the template shows, every value already formatted. */
    record View(Method method, List<TableView> tables, boolean hasWarnings, List<String> warnings, boolean hasProblems,
            List<String> problems, List<String> interpretation, List<String> whenItPays, String provenance) {
    }

    record TableView(String title, List<String> headers, List<Row> rows) {
    }

    record Row(List<String> cells) {
    }

    /**
     * The method paragraphs' figures: when and where the run was, and the plan it
     * followed.
     */
    record Method(String startedAt, String finishedAt, boolean quick, String machine, String cpuAffinity,
            String jvmFlags, String traceSampling, String warmUpWindowSeconds, String warmUpStartRate,
            String warmUpUtilizationPercent, String warmUpMaxRate, String warmUpMinRequests,
            String warmUpSettledDropPercent, @Nullable String warmUpMaxJitPercent, String warmUpMaxSeconds,
            String fixedRates, String pointSeconds, String sweepRates, boolean sweepExtends, String sweepFactor,
            String sweepCeiling, String sweepPointSeconds, String slo, String minSendPercent, boolean workAgainstCpu,
            String quietSeconds, String blastRate, int stockCheckPercent, int repeats) {

        static Method of(BenchmarkReport report) {
            BenchmarkPlan plan = report.plan();
            BenchmarkPlan.Warmup warmUp = plan.warmUp();
            return new Method(report.startedAt().toString(), report.finishedAt().toString(), report.quick(),
                    report.machine().describe(), report.machine().cpuAffinity(),
                    String.join(" ", report.machine().jvmFlags()), Cells.format("%.2f", ShopTopologies.TRACE_SAMPLING),
                    Long.toString(warmUp.window().toSeconds()), whole(warmUp.startRate()),
                    whole(warmUp.utilization() * 100), whole(warmUp.maxRate()),
                    String.format(Locale.ROOT, "%,d", warmUp.minRequests()), whole(warmUp.settledDrop() * 100),
                    warmUp.maxJitShare() < 1 ? whole(warmUp.maxJitShare() * 100) : null,
                    Long.toString(warmUp.maxDuration().toSeconds()), rates(plan.fixedRates()),
                    Long.toString(plan.pointDuration().toSeconds()), rates(plan.sweepRates()),
                    !plan.sweepRates().isEmpty()
                            && plan.highestSweepRate() > plan.sweepRates().get(plan.sweepRates().size() - 1),
                    Cells.format("%.1f", BenchmarkPlan.SWEEP_EXTENSION_FACTOR), whole(plan.highestSweepRate()),
                    Long.toString(plan.sweepPointDuration().toSeconds()), plan.slo().describe(),
                    whole(plan.slo().minSendFraction() * 100), CpuPerRequestTable.judgesWorkAgainstTheCpu(report),
                    Long.toString(SweepPoint.DRAIN_LIMIT.toSeconds()), whole(plan.blastRadius().rate()),
                    BenchmarkPlan.BlastPlan.STOCK_CHECK_PERCENT, plan.repeats());
        }

        private static String whole(double value) {
            return Cells.format("%.0f", value);
        }

        private static String rates(List<Double> rates) {
            return rates.stream().map(Method::whole).collect(Collectors.joining(", "));
        }
    }

}
