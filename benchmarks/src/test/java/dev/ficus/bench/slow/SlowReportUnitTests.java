package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.slow.LatencyLog.Sample;

class SlowReportUnitTests {

    @Test
    void summarisesEachShapeOverItsRepeatsWithMedianAndRange() {
        ShapeResult monolith = ShapeResult.of(SlowShape.MONOLITH, "monolith alone, inventory in-process",
                List.of(repeat(1, 0.20, 900), repeat(2, 0.40, 1100), SlowRepeat.failed(3, "not ready")));

        Spread failed = monolith.other().failedSlow();
        assertThat(failed.median()).isCloseTo(0.30, within(1e-9));
        assertThat(List.of(failed.min(), failed.max(), (double) failed.samples())).containsExactly(0.20, 0.40, 2.0);
        assertThat(monolith.other().p99Slow().median()).isEqualTo(1000);
        assertThat(monolith.endpoints()).extracting(FigureSpread::name)
            .containsExactly("browse-catalog", "place-order");
        assertThat(monolith.circuitOpenings().isEmpty()).as("no circuit in-process").isTrue();
        assertThat(monolith.measured()).isTrue();
    }

    @Test
    void saysInOneComputedSentenceWhichShapeKeptTheRestBest() {
        ShapeResult monolith = ShapeResult.of(SlowShape.MONOLITH, "monolith", List.of(repeat(1, 0.25, 1200)));
        ShapeResult services = ShapeResult.of(SlowShape.SERVICES, "services", List.of(repeat(1, 0.0, 40)));

        String meaning = SlowMeaning.of(List.of(monolith, services), 2000);

        assertThat(meaning).isEqualTo("With every inventory operation taking 2 s longer, the endpoints that do not "
                + "need the inventory failed 25.0 % and answered with a p99 of 1,200 ms (before: 10.0 ms) in monolith; "
                + "failed 0.0 % and answered with a p99 of 40.0 ms (before: 10.0 ms) in gateway-services, so the rest "
                + "of the shop held up best in gateway-services and worst in monolith (medians over repeats).");
    }

    @Test
    void rendersTheTablesTheRepeatsAndTheProvenance() {
        ShapeResult monolith = ShapeResult.of(SlowShape.MONOLITH, "monolith alone, inventory in-process",
                List.of(repeat(1, 0.20, 900), repeat(2, 0.40, 1100)));
        ShapeResult noBreaker = ShapeResult.of(SlowShape.SERVICES_NO_BREAKER, "gateway -> services, breaker off",
                List.of(new SlowRepeat(1, "", 10_000, 750, 500, 0, true, figures(0.0, 30)),
                        SlowRepeat.failed(2, "inventory-service not ready | after 600 s")));
        SlowReport report = new SlowReport(
                new Provenance("./ficus bench slow-dependency", "abc123", false, null, null, null), false,
                "2026-12-03T19:40:00Z", "2026-12-03T19:50:00Z",
                new MachineDescription(2, 1L << 34, "CPU", "Linux", "JDK 17", "no CPU pinning", List.of("-Xmx384m")),
                SlowReport.Settings.of(SlowPlan.full(25, java.time.Duration.ofSeconds(2), 2), CallSettings.DEFAULT),
                List.of(monolith, noBreaker), "It means something.");

        String markdown = SlowMarkdown.render(report);

        assertThat(markdown)
            .startsWith("# A slow dependency: how much of the rest degrades\n\n"
                    + "**What it means.** It means something.\n")
            .contains("every inventory operation waits 2000 ms where the failure switch would fail it")
            .contains("with a 1s connect and 3s read timeout, 3 attempts 200 ms apart")
            .contains("| monolith | 30.0 % (20.0–40.0 %) | 100 ms | 1,000 ms (900–1,100 ms) | 50.0 % | 2,000 ms | "
                    + "2,000 ms | – |")
            .contains("| gateway-services-no-breaker | 0.0 % | 30.0 ms | 30.0 ms | 50.0 % | 2,000 ms | 2,000 ms | 0 |")
            .contains("| browse-catalog | no | 0.0 % | 10.0 ms | 10.0 ms |")
            .contains("| gateway-services-no-breaker | 1 | 750 | 500 | 0 (breaker off) | – |")
            .contains("| gateway-services-no-breaker | 2 | 0 | 0 | – | inventory-service not ready \\| after 600 s |")
            .contains("- Commit: `abc123`")
            .doesNotContain("Harness check");
    }

    /**
     * A measured repeat whose other endpoints failed {@code failed} and had p99
     * {@code p99}.
     */
    private static SlowRepeat repeat(int repeat, double failed, double p99) {
        return new SlowRepeat(repeat, "", 10_000, 750, 500, null, null, figures(failed, p99));
    }

    /**
     * Figures of browse-catalog (the rest) and place-order (needs inventory): 100
     * requests of each per phase, before all right at 10 ms; while slow, browse-catalog
     * fails {@code failed}, half its right answers take 100 ms (or {@code p99} when less)
     * and the rest {@code p99}, and place-order fails half and the rest take 2 s.
     */
    private static RepeatFigures figures(double failed, double p99) {
        long failedBrowses = Math.round(failed * 100);
        LoadResult load = new LoadResult(25, 2000, 400, 0, 25, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of(RepeatFiguresUnitTests.stats("browse-catalog", List.of(100L, 100 - failedBrowses),
                        List.of(0L, failedBrowses)),
                        RepeatFiguresUnitTests.stats("place-order", List.of(100L, 50L), List.of(0L, 50L))));
        List<Sample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            samples.add(new Sample("browse-catalog", 10, 10));
            samples.add(new Sample("place-order", 10, 10));
        }
        for (int i = 0; i < 100 - failedBrowses; i++) {
            samples.add(new Sample("browse-catalog", 1500, (i < 50) ? Math.min(100, p99) : p99));
        }
        for (int i = 0; i < 50; i++) {
            samples.add(new Sample("place-order", 1500, 2000));
        }
        return RepeatFigures.of(load, samples, 1000);
    }

}
