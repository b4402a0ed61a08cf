package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.measure.BenchmarkPlan.Warmup;

class WarmupUnitTests {

    private static final Warmup WARMUP = Warmup.DEFAULT;

    @Test
    void nextWindowOffersNinetyPercentOfTheCpusAtTheCostJustMeasured() {
        assertThat(WARMUP.nextRate(window(40, 400, 0, 0.020), 1)).isEqualTo(45.0);
        assertThat(WARMUP.nextRate(window(45, 450, 0, 0.0045), 1)).isEqualTo(200.0);
        assertThat(WARMUP.nextRate(window(200, 2000, 0, 0.0045), 2)).isEqualTo(400.0);
        assertThat(WARMUP.nextRate(window(400, 4000, 0, 0.0010), 1)).as("capped").isEqualTo(500.0);
    }

    @Test
    void halvesTheRateAfterAnOverloadedWindowAndStartsOverWithoutACost() {
        assertThat(WARMUP.nextRate(window(200, 2000, 21, 0.0030), 1)).isEqualTo(100.0);
        assertThat(WARMUP.nextRate(window(200, 2000, 20, 0.0030), 1)).as("1 % errors is not overload").isEqualTo(300.0);
        assertThat(WARMUP.nextRate(window(40, 0, 0, Double.NaN), 1)).isEqualTo(40.0);
    }

    @Test
    void settlesOnlyWithEnoughRequestsOnceTheCostStopsFalling() {
        WarmUpWindow early = window(300, 3000, 0, 0.0040);
        WarmUpWindow falling = window(300, 3000, 0, 0.0037);
        WarmUpWindow flat = window(300, 3000, 0, 0.00385);

        assertThat(WARMUP.settled(List.of(early, falling, flat))).as("9,000 requests < 10,000").isFalse();
        assertThat(WARMUP.settled(List.of(early, early, early, falling))).as("fell 7.5 %").isFalse();
        assertThat(WARMUP.settled(List.of(early, early, falling, flat))).isTrue();
        assertThat(WARMUP.settled(List.of(early, early, falling, window(300, 3000, 31, 0.0036))))
            .as("overloaded last window")
            .isFalse();
    }

    @Test
    void doesNotSettleWhileOneProcessStillGetsFasterBehindAnotherGettingSlower() {
        WarmUpWindow before = new WarmUpWindow(200, 6000, 0, 0.0050, Map.of("gateway", 0.0020, "monolith", 0.0030));
        WarmUpWindow hidden = new WarmUpWindow(200, 6000, 0, 0.0050, Map.of("gateway", 0.0024, "monolith", 0.0026));
        WarmUpWindow small = new WarmUpWindow(200, 6000, 0, 0.0048, Map.of("gateway", 0.0020, "monolith", 0.0028));

        assertThat(WARMUP.settled(List.of(before, hidden))).as("monolith fell by 8 % of the total").isFalse();
        assertThat(WARMUP.settled(List.of(before, small))).as("monolith fell by 4 % of the total").isTrue();
    }

    @Test
    void doesNotSettleWhileAProcessStillSpendsMoreThanATenthOfItsCpuCompiling() {
        WarmUpWindow before = window(300, 6000, 0, 0.0040);
        WarmUpWindow compiling = jitWindow(Map.of("gateway", 0.05, "monolith", 0.35));
        WarmUpWindow compiled = jitWindow(Map.of("gateway", 0.05, "monolith", 0.08));

        assertThat(WARMUP.settled(List.of(before, compiling))).as("monolith 35 % JIT").isFalse();
        assertThat(WARMUP.settled(List.of(before, compiled))).isTrue();
        assertThat(WARMUP.settled(List.of(before, window(300, 6000, 0, 0.0040)))).as("JIT not measured").isTrue();
    }

    @Test
    void aWindowTakesEachProcesssJitShareOfItsOwnCpu() {
        WarmUpWindow window = WarmUpWindow.of(100, 1000, 0, Map.of("gateway", 2.0, "monolith", 4.0),
                Map.of("gateway", 0.2, "monolith", 3.0));

        assertThat(window.jitShares()).containsEntry("gateway", 0.1).containsEntry("monolith", 0.75);
        assertThat(window.highestJitShare()).isEqualTo(0.75);
        assertThat(window.cpuSecondsPerRequest()).isEqualTo(0.006);
    }

    private static WarmUpWindow jitWindow(Map<String, Double> jitShares) {
        return new WarmUpWindow(300, 6000, 0, 0.0040, Map.of("monolith", 0.0040), jitShares);
    }

    private static WarmUpWindow window(double rate, long sent, long errors, double cpuSecondsPerRequest) {
        return new WarmUpWindow(rate, sent, errors, cpuSecondsPerRequest, Map.of("monolith", cpuSecondsPerRequest));
    }

    @Test
    void endsWhenAnotherWindowWouldOverrunTheLimit() {
        assertThat(WARMUP.hasTimeFor(Duration.ofSeconds(890))).isTrue();
        assertThat(WARMUP.hasTimeFor(Duration.ofMillis(890_500))).isFalse();
    }

}
