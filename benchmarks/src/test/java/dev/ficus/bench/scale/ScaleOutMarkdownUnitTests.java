package dev.ficus.bench.scale;

import static dev.ficus.bench.scale.ScaleFiguresFixtures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

class ScaleOutMarkdownUnitTests {

    private static final MachineDescription MACHINE = new MachineDescription(2, 8L << 30, "Test CPU", "Linux 6",
            "Test JDK 17", "system under test on CPU 1, load generator on CPU 0", List.of("-Xmx512m"));

    @Test
    void showsEachTopologysFiguresTheTwoGainRowsAndTheComputedVerdict() {
        String md = ScaleOutMarkdown.render(report(1));

        assertThat(md).contains("| `gateway-1-monolith` | 800 | 600 | 1.50 | monolith 1,000 |  |")
            .contains("| `services-2-catalogs` | ≥ 500 | 1400 | 6.00 |")
            .contains("| Sustainable rate gained, req/s | +100 | ≈ +100 |")
            .contains("| **req/s gained per extra MiB of RSS** | **0.25** | **0.50** |")
            .contains("| **req/s gained per extra CPU-second** (per 1,000 requests) | **1000.00** | **100.00** |")
            .contains("## Verdict\n\nBoth scale-outs paid here; one more catalog-service paid more per extra MiB")
            .contains("On one CPU an extra instance cannot add CPU")
            .contains("browse-catalog 63.5 %, product-detail 26.5 %, place-order 6.7 %, order-status 3.3 %")
            .contains("1 fresh start per topology (main: 3), warm-up cut at 70 s (main: 900 s)")
            .contains("`./ficus bench scale-out`")
            .doesNotContain("--quick");
    }

    @Test
    void saysWhenTheProcessesWereNotPinned() {
        assertThat(ScaleOutMarkdown.render(report(0))).contains("were not pinned (`--no-pin`)")
            .doesNotContain("On one CPU");
    }

    @Test
    void showsMedianWithMinToMaxOnlyWhenRepeatsDiffer() {
        assertThat(ScaleOutMarkdown.spread(dev.ficus.bench.measure.Spread.of(List.of(300, 320, 400)), "%.0f"))
            .isEqualTo("320 (300–400)");
        assertThat(ScaleOutMarkdown.spread(dev.ficus.bench.measure.Spread.of(List.of(300, 300)), "%.0f"))
            .isEqualTo("300");
        assertThat(ScaleOutMarkdown.spread(dev.ficus.bench.measure.Spread.NONE, "%.0f")).isEqualTo("–");
    }

    private static ScaleOutReport report(int pinnedCpus) {
        ScaleFigures oneMonolith = figures(ScaleTargets.ONE_MONOLITH, 800, 600, 1.5, false);
        ScaleFigures twoMonoliths = figures(ScaleTargets.TWO_MONOLITHS, 900, 1000, 1.6, false);
        ScaleFigures oneCatalog = figures(ScaleTargets.ONE_CATALOG, 400, 1200, 5.0, false);
        ScaleFigures twoCatalogs = figures(ScaleTargets.TWO_CATALOGS, 500, 1400, 6.0, true);
        ScaleGain monolith = ScaleGain.between("one more monolith", oneMonolith, twoMonoliths);
        ScaleGain catalog = ScaleGain.between("one more catalog-service", oneCatalog, twoCatalogs);
        ScaleOutPlan plan = ScaleOutPlan.full();
        return new ScaleOutReport(false, "2026-12-03T19:40:00Z", "2026-12-03T19:55:00Z",
                new Provenance("./ficus bench scale-out", "abc123", false, null, null, null), MACHINE, pinnedCpus,
                plan.shares(), plan.measurement(), List.of(oneMonolith, twoMonoliths, oneCatalog, twoCatalogs),
                List.of(monolith, catalog), ScaleVerdict.sentence(monolith, catalog), List.of());
    }

}
