package dev.ficus.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.BlastRadius;
import dev.ficus.bench.measure.FaultCase;
import dev.ficus.bench.measure.CpuNoise;
import dev.ficus.bench.measure.ProcessResources;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.SweepPoint;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.measure.WarmUpResult;
import dev.ficus.bench.measure.WarmUpWindow;
import dev.ficus.bench.provenance.Provenance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportRenderingUnitTests {

    private static final long MIB = 1L << 20;

    private static final BenchmarkPlan PLAN = BenchmarkPlan.full().withRepeats(2);

    private static final Provenance PROVENANCE = new Provenance("./ficus bench --repeats 2", "0f15dd6", false,
            new Provenance.Machine("Test CPU", 2, 24L << 30, "Linux", "JDK 17"),
            new Provenance.LoadAverage(0.5, 0.4, 0.3), new Provenance.LoadAverage(2.5, 1.2, 0.6));

    @TempDir
    Path out;

    @Test
    void summaryShowsMedianWithMinMaxAndComparesAgainstTheMonolith() {
        String md = MarkdownSummary.render(report());

        assertThat(md).contains("| monolith | 300 (200–400) ⚠ disturbed | 20.0 (10.0–30.0) ⚠ disturbed | 400 (300–500) "
                + "| 10.0 (8.0–12.0) | 3.0 (2.0–4.0) ⚠ disturbed | 2/2 |");
        assertThat(md)
            .contains("| gateway-services | 150 (100–200) ⚠ disturbed | 40.0 (30.0–50.0) ⚠ disturbed | 1200 | 40.0 "
                    + "| 6.0 ⚠ disturbed | 2/2 |");
        assertThat(md).contains("| gateway-services | inventory-service | 10.0 | 4.0 | 1.0 | 300 |");
        assertThat(md).contains(
                "**gateway-services vs monolith** (medians): p99 at 100/s is 40.0 ms vs 20.0 ms (2.00×; errors 0.00 % vs 0.00 %); max sustainable throughput 150 (100–200)/s vs 300 (200–400)/s");
        assertThat(md).contains("summed peak RSS 1200 MiB vs 400 MiB (3.00×)");
        assertThat(md)
            .contains("| gateway-services | 1 | owner of inventory stops answering | kill -9 inventory-service "
                    + "| stock-level 50 % | 0.00 % | 5.00 % | 3.0 | yes |");
        assertThat(md).contains("| gateway-services | 1 | inventory fault switch is on | switch on inventory-service "
                + "| place-order 100 %, stock-level 100 % | 12.00 % | 0.00 % | 5.0 | yes |");
        assertThat(md).contains("| monolith | 1 | owner of inventory stops answering = inventory fault switch is on "
                + "(one fault here, measured once) | inventory fails | place-order 100 % | 10.00 % | 0.00 % | 5.0 "
                + "| no (until end of load) |");
        assertThat(md).doesNotContain("NaN");
    }

    @Test
    void endsWithWhenItPaysThenTheProvenance() {
        String md = MarkdownSummary.render(report());

        assertThat(md).contains("## When it pays\n\n- **throughput** (neither is ahead)")
            .contains("\n- **Verdict**: gateway-services pays only in a failure stays local: owner of inventory stops "
                    + "answering, and costs in ")
            .doesNotContain("Where gateway-services costs and where it pays");
        assertThat(md).endsWith("## Provenance\n\n- Command: `./ficus bench --repeats 2`\n- Commit: `0f15dd6`\n"
                + "- Machine: 2 cores (Test CPU), 24.0 GiB memory, Linux, JDK 17\n- Load average (1 / 5 / 15 min): "
                + "0.50 / 0.40 / 0.30 before, 2.50 / 1.20 / 0.60 after; at most the 2 cores before the run; above them "
                + "after, which the run's own processes alone can cause\n");
    }

    @Test
    void doesNotClaimIsolationWhenTheFaultBrokeNothingEvenInTheMonolith() {
        TopologyResult harmless = topology("monolith", List.of("monolith"),
                List.of(repeat(1, 8_000, 10, 300, Map.of("monolith", process(8_000, 2, 300)))),
                new BlastRadius("inventory fails", FaultCase.ROWS, true, "", 5000, 100, 0, 0, List.of(),
                        CpuNoise.NOT_MEASURED));
        BenchmarkReport report = report();
        BenchmarkReport withHarmlessFault = new BenchmarkReport(report.quick(), report.startedAt(), report.finishedAt(),
                report.machine(), report.plan(),
                List.of(harmless, report.topologies().get(report.topologies().size() - 1)), report.skipped(),
                report.provenance());

        assertThat(MarkdownSummary.render(withHarmlessFault))
            .contains("- **a failure stays local: owner of inventory stops answering** (neither is ahead): 5.0 % of "
                    + "requests failed or were answered wrong after the fault against 0.0 %: no request failed after "
                    + "the fault even in the monolith, so isolation could not be compared (tables above)\n")
            .doesNotContain("gateway-services is ahead): 5.0 %");
    }

    @Test
    void summaryRecordsWarmUpAndNoisePerRepeatAndWarnsAboveThreePercent() {
        String md = MarkdownSummary.render(report());

        assertThat(md).contains("| monolith | 1 | 4,400 | 50 | 3.10 | yes | 0.5 (1.0 %) | 1.0 (0.5 %) "
                + "| not measured (unpinned) | 0.0 | 0.8 |");
        assertThat(md).contains("| monolith | 2 | 4,400 | 100 | 3.10 | **no** | **3.0 (6.0 %)** | 1.0 (0.5 %) "
                + "| not measured (unpinned) | 0.0 | 0.8 |");
        assertThat(md).contains("## Warnings");
        assertThat(md).contains("monolith repeat 2: other processes and the hypervisor took 6.0 % of CPU [1] during "
                + "the fixed-rate windows (more than 3 %), so its fixed-rate latencies, errors and CPU seconds are "
                + "disturbed (⚠ disturbed)");
        assertThat(md).contains("monolith repeat 2: other processes and the hypervisor took 6.0 % of CPU [1] during "
                + "the fixed-rate windows and 0.5 % of CPU [1] during the sweep's, so its sustainable rate is "
                + "disturbed (⚠ disturbed)");
        // the figures that came from those windows carry the flag, the others do not
        assertThat(md).contains("| monolith | 300 (200–400) ⚠ disturbed | 20.0 (10.0–30.0) ⚠ disturbed | 400 "
                + "(300–500) | 10.0 (8.0–12.0) | 3.0 (2.0–4.0) ⚠ disturbed | 2/2 |");
        assertThat(md).doesNotContain("repeat 1: other processes");
        assertThat(md)
            .contains("monolith repeat 2: the warm-up ended after 100 s with the CPU per request still falling");
        assertThat(md).doesNotContain("monolith repeat 1:");
        assertThat(md).contains("trace sampling 0.10");
        assertThat(md).contains("CPU split (system under test on CPU 1, load generator on CPU 0): every process under "
                + "test of a topology shares the same CPU(s) and the load generator keeps its own");
    }

    @Test
    void pageShowsTheSummaryAsHtmlAndEmbedsTheChartsFiguresWithoutExternalResources() {
        String html = HtmlReport.render(report());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<h1>Monolith vs microservices: benchmark summary</h1>")
            .contains("<td>gateway-services</td>\n<td>inventory-service</td>")
            .contains("<strong>gateway-services vs monolith</strong>")
            .contains("<td><strong>3.0 (6.0 %)</strong></td>");
        assertThat(html).contains("\"title\":\"p99 latency vs offered rate (median over repeats)\"")
            .contains("\"reference\":{\"value\":100.0,\"label\":\"SLO p99 100 ms\"}");
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<svg");
    }

    @Test
    void keepsMarkupInResultsFromEndingTheEmbeddedScript() {
        BenchmarkReport report = report();
        BenchmarkReport hostile = new BenchmarkReport(report.quick(), report.startedAt(), report.finishedAt(),
                report.machine(), report.plan(), report.topologies(), List.of("</script><script>alert(1)</script>"),
                report.provenance());

        String html = HtmlReport.render(hostile);

        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;/script&gt;&lt;script&gt;alert(1)");
    }

    @Test
    void chartsPlotTheMedianP99PerOfferedRateAndTheSloAsReference() {
        Charts charts = Charts.of(report());

        assertThat(charts.latency().reference().value()).isEqualTo(100.0);
        assertThat(charts.latency().series()).extracting(Charts.Series::name)
            .containsExactly("monolith", "gateway-services");
        // fixed rates 25 and 50 at 5 ms, 100 at the median of 10 and 30 ms; sweep points
        // 200 and 400 at 50 ms, the points that broke the SLO just above them at 500 ms
        assertThat(charts.latency().series().get(0).points()).containsExactly(new double[] { 25, 5 },
                new double[] { 50, 5 }, new double[] { 100, 20 }, new double[] { 200, 50 }, new double[] { 250, 500 },
                new double[] { 400, 50 }, new double[] { 500, 500 });
    }

    @Test
    void writesThreeFilesWhoseJsonKeepsEveryRepeat() throws Exception {
        List<Path> files = ReportWriter.write(report(), out);

        assertThat(files).extracting(path -> path.getFileName().toString())
            .containsExactly("results.json", "summary.md", "report.html");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("results.json")));
        assertThat(json.path("topologies").get(1).path("repeats").size()).isEqualTo(2);
        assertThat(json.path("topologies").get(0).path("summary").path("maxSustainableRate").path("median").asDouble())
            .isEqualTo(300.0);
        assertThat(json.path("machine").path("jvmFlags").get(0).asString()).isEqualTo("-Xmx1g");
    }

    @Test
    void rendersTheSameSummaryAndPageAgainFromResultsJson() throws Exception {
        ReportWriter.write(report(), out);
        String summary = Files.readString(out.resolve("summary.md"));
        String page = Files.readString(out.resolve("report.html"));
        Files.delete(out.resolve("summary.md"));
        Files.delete(out.resolve("report.html"));

        assertThat(ReportWriter.render(out)).extracting(path -> path.getFileName().toString())
            .containsExactly("summary.md", "report.html");
        assertThat(Files.readString(out.resolve("summary.md"))).isEqualTo(summary);
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo(page);
    }

    @Test
    void saysTheSustainableRateIsOnlyALowerBoundWhenARepeatNeverBrokeTheSlo() {
        BlastRadius blast = new BlastRadius("inventory fails", FaultCase.ROWS, true, "", 5000, 100, 0, 0, List.of(),
                CpuNoise.NOT_MEASURED);
        TopologyResult unbroken = topology("monolith", List.of("monolith"),
                List.of(repeat(1, 8_000, 10, 5000, Map.of("monolith", process(8_000, 2, 300)), false),
                        repeat(2, 8_000, 10, 5000, Map.of("monolith", process(8_000, 2, 300)), false)),
                blast);
        TopologyResult oneUnbroken = topology("monolith", List.of("monolith"),
                List.of(repeat(1, 8_000, 10, 1000, Map.of("monolith", process(8_000, 2, 300)), true),
                        repeat(2, 8_000, 10, 3375, Map.of("monolith", process(8_000, 2, 300)), false)),
                blast);

        assertThat(ResultTables.sustainable(unbroken.summary(), PLAN)).isEqualTo("≥ 5000");
        assertThat(oneUnbroken.summary().sustainableLowerBounds()).isEqualTo(1);
        assertThat(ResultTables.sustainable(oneUnbroken.summary(), PLAN)).isEqualTo("≥ 2188 (1000–3375)");
        assertThat(ResultTables.sustainable(report().topologies().get(0).summary(), PLAN)).isEqualTo("300 (200–400)");
    }

    @Test
    void saysWhenTheRepeatsSettledAtCpuCostsFurtherApartThanTheTolerance() {
        List<RepeatResult> repeats = List.of(
                settledAt(repeat(1, 8_000, 10, 300, Map.of("monolith", process(8_000, 2, 300))), 0.00133),
                settledAt(repeat(2, 8_000, 10, 300, Map.of("monolith", process(8_000, 2, 300))), 0.00188));
        TopologyResult apart = new TopologyResult("monolith", "monolith", List.of("monolith"), List.of(), repeats,
                TopologySummary.of(repeats, PLAN.fixedRates()));
        TopologyResult close = new TopologyResult("monolith", "monolith", List.of("monolith"), List.of(),
                List.of(repeats.get(0), settledAt(repeats.get(1), 0.00140)),
                TopologySummary.of(List.of(repeats.get(0), settledAt(repeats.get(1), 0.00140)), PLAN.fixedRates()));

        assertThat(MarkdownSummary.settledSpreadWarning(apart)).hasValue("monolith: the repeats' CPU per request at "
                + "the end of their warm-ups spreads 1.33–1.88 ms (41 %, more than the 15 % tolerance), so they were "
                + "measured from different JIT states; its fixed-rate latencies and CPU seconds and its sustainable "
                + "rate compare unlike repeats (≠ warm-up differs)");
        assertThat(ResultTables.headline(withTopologies(apart)).rows().get(0))
            .contains("300 ⚠ disturbed ≠ warm-up differs", "2.0 ⚠ disturbed ≠ warm-up differs");
        assertThat(MarkdownSummary.settledSpreadWarning(close)).isEmpty();
        assertThat(ResultTables.headline(withTopologies(close)).rows().get(0)).noneMatch(cell -> cell.contains("≠"));
    }

    private static RepeatResult settledAt(RepeatResult repeat, double cpuSecondsPerRequest) {
        WarmUpResult warmUp = new WarmUpResult(50_000, List.of(new WarmUpWindow(40, 400, 0, 0.02, Map.of()),
                new WarmUpWindow(400, 4000, 0, cpuSecondsPerRequest, Map.of())), true);
        return new RepeatResult(repeat.repeat(), repeat.startToReadyMillis(), warmUp, repeat.fixedRate(),
                repeat.sweep(), repeat.maxSustainableRate(), repeat.processes(), repeat.noise(), repeat.blastRadii(),
                repeat.unexpectedExits(), repeat.failure());
    }

    private static BenchmarkReport withTopologies(TopologyResult... topologies) {
        BenchmarkReport report = report();
        return new BenchmarkReport(report.quick(), report.startedAt(), report.finishedAt(), report.machine(),
                report.plan(), List.of(topologies), report.skipped(), report.provenance());
    }

    @Test
    void fullPlanExtendsItsSweepByHalfAStepAtATimeUpToTheStatedCeiling() {
        BenchmarkPlan full = BenchmarkPlan.full();

        assertThat(full.highestSweepRate()).isEqualTo(BenchmarkPlan.SWEEP_CEILING_DEFAULT);
        assertThat(full.extendedRateAfter(1500)).hasValue(2250);
        assertThat(full.extendedRateAfter(2250)).hasValue(3375);
        assertThat(full.extendedRateAfter(3375)).hasValue(5000);
        assertThat(full.extendedRateAfter(5000)).isEmpty();
    }

    @Test
    void startUpChartShowsEachTopologysLaunchToReadyNotTheSumOfItsProcesses() {
        Charts.BarChart startUp = Charts.of(report()).bars().get(2);

        assertThat(startUp.bars()).extracting(Charts.Bar::label).containsExactly("monolith", "gateway-services");
        assertThat(startUp.bars().get(1).segments()).containsExactly(new Charts.Segment("launch to ready", 40.0));
    }

    static BenchmarkReport report() {
        TopologyResult monolith = topology("monolith", List.of("monolith"),
                List.of(repeat(1, 8_000, 10, 200, Map.of("monolith", process(8_000, 2, 300))),
                        repeat(2, 12_000, 30, 400, Map.of("monolith", process(12_000, 4, 500)))),
                new BlastRadius("inventory fails", FaultCase.ROWS, true, "", 5000, 100, 0.10, 0,
                        List.of(new BlastRadius.EndpointImpact("place-order", 0, 10, 10, 0, 5000, true)),
                        CpuNoise.NOT_MEASURED));
        Map<String, ProcessResources> services = new LinkedHashMap<>();
        services.put("catalog-service", process(10_000, 2, 300));
        services.put("inventory-service", process(10_000, 1, 300));
        services.put("monolith", process(10_000, 2, 300));
        services.put("strangler-gateway", process(10_000, 1, 300));
        TopologyResult micro = topology("gateway-services", List.copyOf(services.keySet()),
                List.of(repeat(1, 40_000, 30, 100, services), repeat(2, 40_000, 50, 200, services)),
                new BlastRadius("switch on inventory-service", List.of(FaultCase.SWITCH_IN_BOTH), true, "", 5000, 100,
                        0.12, 0,
                        List.of(new BlastRadius.EndpointImpact("place-order", 0, 10, 10, 0, 5000, false),
                                new BlastRadius.EndpointImpact("stock-level", 0, 2, 2, 0, 5000, false)),
                        CpuNoise.NOT_MEASURED),
                new BlastRadius("kill -9 inventory-service", List.of(FaultCase.OWNER_STOPS), true, "", 5000, 100, 0,
                        0.05,
                        List.of(new BlastRadius.EndpointImpact("browse-catalog", 0, 60, 0, 0, 0, false),
                                new BlastRadius.EndpointImpact("stock-level", 0, 10, 0, 5, 3000, false)),
                        CpuNoise.NOT_MEASURED));
        MachineDescription machine = new MachineDescription(2, 24L << 30, "Test CPU", "Linux", "JDK 17",
                "system under test on CPU 1, load generator on CPU 0", List.of("-Xmx1g"));
        return new BenchmarkReport(false, Instant.parse("2026-11-25T12:00:00Z"), Instant.parse("2026-11-25T12:40:00Z"),
                machine, PLAN, List.of(monolith, micro), List.of(), PROVENANCE);
    }

    private static TopologyResult topology(String name, List<String> processes, List<RepeatResult> repeats,
            BlastRadius... blasts) {
        List<RepeatResult> withBlast = repeats.stream()
            .map(r -> new RepeatResult(r.repeat(), r.startToReadyMillis(), r.warmUp(), r.fixedRate(), r.sweep(),
                    r.maxSustainableRate(), r.processes(), r.noise(), (r.repeat() == 1) ? List.of(blasts) : List.of(),
                    Map.of(), ""))
            .toList();
        return new TopologyResult(name, name, processes, Stream.of(blasts).map(BlastRadius::fault).toList(), withBlast,
                TopologySummary.of(withBlast, PLAN.fixedRates()));
    }

    private static RepeatResult repeat(int number, long startup, double p99AtTopRate, double maxRate,
            Map<String, ProcessResources> processes) {
        return repeat(number, startup, p99AtTopRate, maxRate, processes, true);
    }

    /**
     * A repeat whose sweep sustained {@code maxRate} and, if it broke, broke just above.
     */
    private static RepeatResult repeat(int number, long startup, double p99AtTopRate, double maxRate,
            Map<String, ProcessResources> processes, boolean broke) {
        List<LoadResult> fixed = PLAN.fixedRates()
            .stream()
            .map(rate -> load(rate, rate == 100 ? p99AtTopRate : 5))
            .toList();
        // repeat 2 was disturbed: 3 s of 50 s on CPU 1 went to other processes in its
        // fixed-rate windows (6 %; with its quiet sweep's 1 s of 200 s only 1.6 %), and
        // its
        // warm-up ran out of time
        double otherSeconds = (number == 2) ? 3 : 0.5;
        CpuNoise fixedNoise = new CpuNoise(List.of(1), 50, 10, otherSeconds, 0.4, 0);
        WarmUpResult warmUp = new WarmUpResult(number * 50_000L,
                List.of(new WarmUpWindow(40, 400, 0, 0.02, Map.of()), new WarmUpWindow(400, 4000, 0, 0.0031, Map.of())),
                number == 1);
        return new RepeatResult(number, startup, warmUp, fixed,
                broke ? List.of(new SweepPoint(maxRate, 50, 0, 0, maxRate, true, false),
                        new SweepPoint(maxRate * 1.25, 500, 0, 0, maxRate, false, false))
                        : List.of(new SweepPoint(maxRate, 50, 0, 0, maxRate, true, false)),
                maxRate, processes, new RepeatResult.Noise(fixedNoise, new CpuNoise(List.of(1), 200, 40, 1, 0.4, 0)),
                List.of(), Map.of(), "");
    }

    private static ProcessResources process(long startup, double cpu, long rssMib) {
        return new ProcessResources(startup, 4, cpu, rssMib * MIB);
    }

    private static LoadResult load(double rate, double p99) {
        LatencySummary latency = new LatencySummary(100, p99 / 4, p99 / 2, p99, p99 * 2, p99 * 3, p99 / 3);
        EndpointStats stats = new EndpointStats("browse-catalog", 100, 100, 0, 0, 0, Map.of(), Map.of(), latency,
                new EndpointStats.Timeline(250, List.of(100L), List.of(0L), List.of(0L)));
        return new LoadResult(rate, 20_000, 100, 0, rate, latency, LatencySummary.EMPTY, List.of(stats));
    }

}
