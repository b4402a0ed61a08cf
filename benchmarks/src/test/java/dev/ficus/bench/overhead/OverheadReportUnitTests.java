package dev.ficus.bench.overhead;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OverheadReportUnitTests {

    private static final MachineDescription MACHINE = new MachineDescription(2, 8L << 30, "AMD EPYC", "Linux 6",
            "OpenJDK 17", "system under test on CPU 1, load generator on CPU 0", List.of("-Xmx384m"));

    private static final Provenance PROVENANCE = new Provenance("./ficus bench gateway-overhead", "0f15dd6", false,
            new Provenance.Machine("AMD EPYC", 2, 8L << 30, "Linux 6", "OpenJDK 17"),
            new Provenance.LoadAverage(0.2, 0.3, 0.4), new Provenance.LoadAverage(1.0, 0.5, 0.4));

    private static final OverheadPlan PLAN = OverheadPlan.full(null, 3);

    @Test
    void ratiosOfEveryRepeatComeFromItsMaximumThroughputs() {
        OverheadRepeat repeat = repeat(1, 30_000, 12_000, 8_000, 6_000);

        assertThat(repeat.ratios().gatewayToStockScg()).isCloseTo(0.75, within(1e-9));
        assertThat(repeat.ratios().gatewayToNginx()).isCloseTo(0.5, within(1e-9));
        assertThat(repeat.ratios().directToFastestProxy()).isCloseTo(2.5, within(1e-9));
        assertThat(repeat.added()).extracting(OverheadReport.Added::proxy)
            .containsExactly("nginx", "stock-scg", "gateway");
        assertThat(repeat.added().get(2).p50Millis()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void summarisesEveryPathAndRatioAsMedianWithMinAndMaxOverTheRepeats() {
        OverheadReport report = report(repeat(1, 30_000, 12_000, 8_000, 6_000),
                repeat(2, 28_000, 10_000, 10_000, 9_700), repeat(3, 31_000, 14_000, 7_000, 4_200));

        OverheadReport.PathSummary gateway = report.summary().get(3);
        assertThat(gateway.name()).isEqualTo("gateway");
        assertThat(gateway.maxThroughput().median()).isEqualTo(6_000);
        assertThat(gateway.maxThroughput().min()).isEqualTo(4_200);
        assertThat(gateway.maxThroughput().max()).isEqualTo(9_700);
        assertThat(report.ratios().gatewayToStockScg().median()).isCloseTo(0.75, within(1e-9));
        assertThat(report.ratios().gatewayToStockScg().min()).isCloseTo(0.6, within(1e-9));
        assertThat(report.ratios().gatewayToStockScg().max()).isCloseTo(0.97, within(1e-9));
        assertThat(report.ratios().gatewayToNginx().median()).isCloseTo(0.5, within(1e-9));
        assertThat(report.ratios().rate().median()).isEqualTo(6_000);
        assertThat(report.targets()).extracting(OverheadReport.Target::name)
            .containsExactly("max throughput vs stock SCG", "max throughput vs nginx", "added p50");
        assertThat(report.targets()).extracting(OverheadReport.Target::met).containsExactly(false, false, true);
        assertThat(report.targets().get(0).measured()).isEqualTo("0.75 (0.60–0.97)");
    }

    @Test
    void markdownShowsTheStockScgRowRatiosPerRepeatAndTargets() {
        String md = OverheadMarkdown.render(report(repeat(1, 30_000, 12_000, 8_000, 6_000),
                repeat(2, 28_000, 10_000, 10_000, 9_700), repeat(3, 31_000, 14_000, 7_000, 4_200)));

        assertThat(md).contains("3 repeats, each with fresh processes")
            .contains("half of nginx's maximum in the same repeat (6,000 (5,000–7,000) req/s)")
            .contains(
                    "| stock SCG (generator -> stock-scg) | 8,000 (7,000–10,000) | 0.40 (0.40–0.40) | 0.300 (0.300–0.300) |")
            .contains("| gateway / stock SCG | 0.75 | 0.60 – 0.97 | 0.75, 0.97, 0.60 |")
            .contains("| gateway / nginx | 0.50 | 0.30 – 0.97 | 0.50, 0.97, 0.30 |")
            .contains("| max throughput vs stock SCG | >= 0.95 of stock SCG | 0.75 (0.60–0.97) | **not met** |")
            .contains(
                    "| added p50 | <= 0.5 ms at half of nginx's max (6000 (5000–7000) req/s) | 0.400 (0.400–0.400) ms | met |")
            .contains("| 2 | 5,000 | 28,000 / 0.100 | 10,000 / 0.200 | 10,000 / 0.300 | 9,700 / 0.500 |")
            .contains("neither the generator nor the backend caps the proxies")
            .contains("## Provenance");
    }

    @Test
    void markdownSaysWhenTheDirectPathHadLittleHeadroomAndWhy() {
        String md = OverheadMarkdown.render(report(repeat(1, 15_000, 12_000, 8_000, 6_000)));

        assertThat(md).contains("The direct path sustained 1.25× the fastest proxy at least (goal: 2×) while the "
                + "generator used at most 0.40 of a CPU: what limited the direct path was the backend's CPU");
    }

    @Test
    void markdownFlagsARepeatWhoseDirectPathWasSlowerThanAProxy() {
        String md = OverheadMarkdown
            .render(report(repeat(1, 30_000, 12_000, 8_000, 6_000), repeat(2, 5_000, 11_763, 3_682, 1_068)));

        assertThat(md).contains("In one repeat or more the direct path sustained less than a proxy in front of the "
                + "same backend (0.43× the fastest proxy)");
    }

    @Test
    void aFixedRateIsUsedAsGivenAndHalfOfNginxOtherwise() {
        assertThat(OverheadPlan.full(500.0, 1).rateFor(12_000)).isEqualTo(500);
        assertThat(OverheadPlan.full(null, 1).rateFor(12_001)).isEqualTo(6_001);
        assertThatIllegalArgumentException().isThrownBy(() -> OverheadPlan.quick(null, 0))
            .withMessage("--repeats must be between 1 and 20, got 0");
    }

    private static OverheadReport report(OverheadRepeat... repeats) {
        return OverheadReport.of(false, Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T10:30:00Z"),
                "./ficus bench gateway-overhead", MACHINE, PLAN, List.of(repeats), PROVENANCE);
    }

    /** Latency p50 0.1 ms direct, 0.2 nginx, 0.3 stock SCG, 0.5 gateway. */
    private static OverheadRepeat repeat(int number, double direct, double nginx, double stock, double gateway) {
        return OverheadRepeat.of(number, PLAN.rateFor(nginx), List.of(path("direct", direct, 0.1),
                path("nginx", nginx, 0.2), path("stock-scg", stock, 0.3), path("gateway", gateway, 0.5)));
    }

    private static PathResult path(String name, double throughput, double p50) {
        LatencySummary latency = new LatencySummary(1000, p50, p50 * 2, p50 * 4, p50 * 8, p50 * 10, p50 * 1.1);
        LatencySummary lag = new LatencySummary(1000, 0.01, 0.02, 0.05, 0.1, 0.2, 0.015);
        return new PathResult(name, "generator -> " + name, 1000, 1000, 0, Map.of(), latency, lag,
                new ClosedLoopSaturation.Result(64, 15, (long) (throughput * 15), 0, throughput, latency, 0.4), true);
    }

}
