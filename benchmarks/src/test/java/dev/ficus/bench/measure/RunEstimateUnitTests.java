package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.measure.RunEstimate.Expectation;

class RunEstimateUnitTests {

    private static final BenchmarkPlan FULL = BenchmarkPlan.full();

    @Test
    void sweepsFromAboveTheFixedRatesUpToTheFirstBrokenRate() {
        assertThat(RunEstimate.sweptRates(FULL, 500)).containsExactly(150.0, 200.0, 250.0, 300.0, 400.0, 500.0, 600.0);
        assertThat(RunEstimate.sweptRates(FULL, 200)).containsExactly(150.0, 200.0, 250.0);
        // past the list in steps of 1.5 up to the ceiling
        assertThat(RunEstimate.sweptRates(FULL, 1500)).endsWith(1250.0, 1500.0, 2250.0);
        assertThat(RunEstimate.sweptRates(FULL, 5000)).hasSize(14).endsWith(2250.0, 3375.0, 5000.0);
    }

    @Test
    void addsStartWarmUpPointsBlastRadiusAndOverheadPerRepeat() {
        // 28 s start + (100 s + 10 drains) warm-up + 3 x 16 s fixed + 7 x 11 s sweep + 6
        // s overload + 31 s blast + 15 s
        assertThat(RunEstimate.perRepeat(FULL,
                new Expectation("monolith", Duration.ofSeconds(28), Duration.ofSeconds(100), 500)))
            .isEqualTo(Duration.ofSeconds(28 + 110 + 48 + 77 + 6 + 31 + 15));
    }

    @Test
    void cutsAWarmUpThatDidNotSettleAtThePlansLimit() {
        Duration limit = FULL.warmUp().maxDuration();
        Expectation unsettled = new Expectation("gateway-services", Duration.ofSeconds(60), Duration.ofDays(1), 200);
        Expectation atLimit = new Expectation("gateway-services", Duration.ofSeconds(60), limit, 200);

        assertThat(RunEstimate.perRepeat(FULL, unsettled)).isEqualTo(RunEstimate.perRepeat(FULL, atLimit));
    }

    @Test
    void estimatesTheLastIdleRunFromItsSlowestRepeatsNoShorterThanItTook() {
        Duration total = RunEstimate.total(FULL, Expectation.LAST_IDLE_RUN);

        // that run (2026-12-05, 3 x 3) took 4,796 s from start to its last report
        assertThat(total).isEqualTo(Duration.ofMinutes(87).plusSeconds(33));
        assertThat(total).isBetween(Duration.ofSeconds(4796), Duration.ofSeconds(4796 * 115 / 100));
    }

}
