package dev.ficus.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.measure.CpuNoise;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.SweepPoint;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;

class CpuPerRequestTableUnitTests {

    @Test
    void givesEachRatesCostOverTheRepeatsThatReachedItAndEachProcesssMedian() {
        TopologyResult services = topology(
                repeat(1, point(100, 0.0005, 0.0010), point(200, 0.0004, 0.0008), point(300, 0.0006, 0.0030)),
                repeat(2, point(100, 0.0007, 0.0012)));

        Table table = CpuPerRequestTable.of(with(services));

        assertThat(table.rows()).containsExactly(
                List.of("gateway-services", "100", "2", "1.70 (1.50–1.90)", "17 (15–19)", "0.5",
                        "gateway 0.60, catalog-service 1.10"),
                List.of("gateway-services", "200", "1", "1.20", "24", "0.5", "gateway 0.40, catalog-service 0.80"),
                List.of("gateway-services", "300", "1", "3.60", "108", "0.5", "gateway 0.60, catalog-service 3.00"));
    }

    @Test
    void leavesTheTableOutOfARunFromBeforeThePointsCpuWasMeasured() {
        TopologyResult services = topology(repeat(1, new SweepPoint(100, 20, 0, 0, 100, true, false)));

        assertThat(CpuPerRequestTable.of(with(services)).rows()).isEmpty();
        assertThat(ResultTables.of(with(services))).extracting(Table::title)
            .noneMatch(title -> title.startsWith("CPU ms per request"));
    }

    @Test
    void showsDashesForTheShareAndTheDrainOfARunThatMeasuredOnlyTheCpuPerRequest() {
        TopologyResult services = topology(
                repeat(1, new SweepPoint(100, 20, 0, 0, 100, true, false, Map.of("gateway", 0.0005), 0, Double.NaN)));

        assertThat(CpuPerRequestTable.of(with(services)).rows())
            .containsExactly(List.of("gateway-services", "100", "1", "0.50", "–", "–", "gateway 0.50"));
        assertThat(CpuPerRequestTable.judgesWorkAgainstTheCpu(with(services))).isFalse();
        assertThat(ResultTables.headline(with(services)).headers().get(1)).doesNotContain("CPU");
    }

    @Test
    void saysInTheHeadlineThatTheSustainableRateHeldTheWorkWithinTheCpuWhenTheSweepJudgedIt() {
        BenchmarkReport report = with(topology(repeat(1, point(100, 0.0005, 0.0010))));

        assertThat(CpuPerRequestTable.judgesWorkAgainstTheCpu(report)).isTrue();
        assertThat(ResultTables.headline(report).headers().get(1)).endsWith(", work within the CPU)");
        assertThat(MarkdownSummary.render(report, List.of())).contains("a point's work outgrows the CPU");
    }

    @Test
    void comesAfterTheResourcesPerProcessWhenMeasured() {
        List<String> titles = ResultTables.of(with(topology(repeat(1, point(100, 0.0005, 0.0010)))))
            .stream()
            .map(Table::title)
            .toList();

        assertThat(titles.get(titles.indexOf("Resources per process (from /proc)") + 1))
            .startsWith("CPU ms per request at each measured rate");
    }

    private static SweepPoint point(double rate, double gatewaySeconds, double catalogSeconds) {
        Map<String, Double> perRequest = new LinkedHashMap<>();
        perRequest.put("gateway", gatewaySeconds);
        perRequest.put("catalog-service", catalogSeconds);
        // one CPU, a 10 s point: the share is rate x CPU seconds per request
        return new SweepPoint(rate, 20, 0, 0, rate, true, false, perRequest, 500,
                rate * (gatewaySeconds + catalogSeconds));
    }

    private static RepeatResult repeat(int number, SweepPoint... sweep) {
        return new RepeatResult(number, 10_000, null, List.of(), List.of(sweep), sweep[sweep.length - 1].rate(),
                Map.of(), new RepeatResult.Noise(CpuNoise.NOT_MEASURED, CpuNoise.NOT_MEASURED), List.of(), Map.of(),
                "");
    }

    private static TopologyResult topology(RepeatResult... repeats) {
        return new TopologyResult("gateway-services", "gateway -> services", List.of("gateway", "catalog-service"),
                List.of(), List.of(repeats), TopologySummary.of(List.of(repeats), List.of()));
    }

    private static BenchmarkReport with(TopologyResult topology) {
        BenchmarkReport report = ReportRenderingUnitTests.report();
        return new BenchmarkReport(report.quick(), report.startedAt(), report.finishedAt(), report.machine(),
                report.plan(), List.of(topology), report.skipped(), report.provenance());
    }

}
