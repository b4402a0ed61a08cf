package dev.ficus.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.report.ClaimVerdict.Favours;

class WhenItPaysUnitTests {

    private final BenchmarkReport report = ReportRenderingUnitTests.report();

    @Test
    void judgesEachFigureAndCallsOverlappingRangesForNeither() {
        List<String> lines = WhenItPays.of(report, List.of());

        assertThat(lines).contains(
                "**throughput** (neither is ahead): it sustained 150 (100–200)/s against the monolith's 300 (200–400)/s "
                        + "on the same CPU budget (tables above)",
                "**CPU per request (the energy proxy)** (the monolith is ahead): 2.29 CPU-seconds per 1,000 requests "
                        + "against 1.14 (tables above)",
                "**a failure stays local: owner of inventory stops answering** (gateway-services is ahead): 5.0 % of "
                        + "requests failed or were answered wrong after the fault against 10.0 %, and place-order "
                        + "kept working (tables above)",
                "**a failure stays local: inventory fault switch is on** (the monolith is ahead): 12.0 % of requests "
                        + "failed or were answered wrong after the fault against 10.0 % (tables above)");
    }

    @Test
    void theVerdictNamesWhereTheSplitPaysAndWhatItCosts() {
        List<String> lines = WhenItPays.of(report, List.of());

        assertThat(lines).contains("**Request rate**: there is no request rate on this machine above which "
                + "gateway-services comes out ahead: the monolith sustained 300 (200–400)/s and it 150 (100–200)/s, "
                + "on the same CPU.");
        assertThat(lines.get(lines.size() - 2)).startsWith("**Verdict**: gateway-services pays only in a failure "
                + "stays local: owner of inventory stops answering, and costs in CPU per request (the energy proxy), "
                + "memory, a failure stays local: inventory fault switch is on (2.00× the CPU per request)");
        assertThat(lines.get(lines.size() - 1)).startsWith(WhenItPays.ANCHORS)
            .endsWith("Here gateway-services took 2.00× the CPU per request and 2.00× the p99 at 100/s.");
    }

    @Test
    void saysMicroservicesDoNotPayWhenNoFigureFavoursThem() {
        ClaimVerdict local = new ClaimVerdict("a change is local", Favours.MONOLITH, "slower as a service",
                "change-cost/summary.md");
        BenchmarkReport withoutFaults = new BenchmarkReport(false, report.startedAt(), report.finishedAt(),
                report.machine(), report.plan(),
                report.topologies().stream().map(WhenItPaysUnitTests::noBlast).toList(), List.of(),
                report.provenance());

        List<String> lines = WhenItPays.of(withoutFaults, List.of(local));

        assertThat(lines).contains(
                "**a change is local** (the monolith is ahead): slower as a service " + "(change-cost/summary.md)");
        assertThat(lines.get(lines.size() - 2))
            .startsWith(
                    "**Verdict**: for this app, on this machine, gateway-services does not pay on any measured figure")
            .contains("as Fowler warns");
    }

    @Test
    void weighsTheCpuAChangeSavesAgainstTheCpuRequestsCost() {
        ClaimVerdict local = new ClaimVerdict("a change is local", Favours.MICROSERVICES, "sooner as a service",
                "change-cost/summary.md", 50.0);

        List<String> lines = WhenItPays.of(report, List.of(local));

        // 2.29 - 1.14 CPU-seconds per 1,000 requests more: 50 / (0.00114 x 86,400) =
        // 0.506
        // req/s per daily change
        assertThat(lines).contains("**Change pattern** (CPU of changes against CPU of requests): gateway-services "
                + "saves 50 CPU-seconds per change (build, test and start, against the monolith running only the "
                + "changed module's tests) and costs 1.14 more per 1,000 requests: it uses less CPU in all only while "
                + "the average load stays under 0.506 req/s for each change made a day (under 5.06 req/s at 10 "
                + "changes a day).");
    }

    @Test
    void judgesNothingOnAQuickRun() {
        BenchmarkReport quick = new BenchmarkReport(true, report.startedAt(), report.finishedAt(), report.machine(),
                report.plan(), report.topologies(), List.of(), report.provenance());

        assertThat(WhenItPays.of(quick, List.of()))
            .containsExactly("Not judged: a --quick harness check measures nothing.");
    }

    private static TopologyResult noBlast(TopologyResult topology) {
        TopologySummary s = topology.summary();
        return new TopologyResult(topology.name(), topology.description(), topology.processes(), List.of(),
                topology.repeats(),
                new TopologySummary(s.successfulRepeats(), s.startToReadyMillis(), s.fixedRate(),
                        s.maxSustainableRate(), s.sustainableLowerBounds(), s.processes(), s.totalPeakRssBytes(),
                        s.totalCpuSecondsFixedRate(), s.settledCpuSecondsPerRequest(), List.of()));
    }

}
