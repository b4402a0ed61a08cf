package dev.ficus.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.ProcessResources;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;

class ScaleGainUnitTests {

    @Test
    void dividesTheRateGainedByTheRssAndCpuAddedFromTheMedians() {
        ScaleFigures one = ScaleFiguresFixtures.figures("one", 600, 500, 2.0, false);
        ScaleFigures two = ScaleFiguresFixtures.figures("two", 700, 750, 2.5, false);

        ScaleGain gain = ScaleGain.between("one more monolith", one, two);

        assertThat(gain.extraRequestsPerSecond()).isEqualTo(100);
        assertThat(gain.extraRssMib()).isEqualTo(250);
        assertThat(gain.extraCpuSecondsPer1000Requests()).isCloseTo(0.5, within(1e-9));
        assertThat(gain.requestsPerSecondPerMib()).isCloseTo(0.4, within(1e-9));
        assertThat(gain.requestsPerSecondPerCpuSecond()).isCloseTo(200, within(1e-9));
        assertThat(gain.paid()).isTrue();
        assertThat(gain.lowerBound()).isFalse();
    }

    @Test
    void aLostRateGivesNegativeRatiosAndNoAddedCpuGivesNoCpuRatio() {
        ScaleFigures one = ScaleFiguresFixtures.figures("one", 400, 900, 6.0, false);
        ScaleFigures two = ScaleFiguresFixtures.figures("two", 350, 1150, 5.8, true);

        ScaleGain gain = ScaleGain.between("one more catalog-service", one, two);

        assertThat(gain.extraRequestsPerSecond()).isEqualTo(-50);
        assertThat(gain.requestsPerSecondPerMib()).isCloseTo(-0.2, within(1e-9));
        assertThat(gain.requestsPerSecondPerCpuSecond()).isNull();
        assertThat(gain.paid()).isFalse();
        assertThat(gain.lowerBound()).isTrue();
    }

    @Test
    void cpuPerThousandRequestsIsTheFixedRateCpuOfAllProcessesOverTheRequestsSent() {
        LoadResult fixed = new LoadResult(100, 15_000, 1500, 0, 100, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of());
        RepeatResult repeat = new RepeatResult(1, 20_000, null, List.of(fixed), List.of(), 450,
                Map.of("monolith", new ProcessResources(10_000, 9, 2.0, 300L << 20), "gateway",
                        new ProcessResources(12_000, 11, 1.0, 200L << 20)),
                RepeatResult.Noise.NOT_MEASURED, List.of(), Map.of(), "");
        TopologyResult result = new TopologyResult("gateway-1-monolith", "gateway -> monolith",
                List.of("monolith", "gateway"), List.of(), List.of(repeat),
                TopologySummary.of(List.of(repeat), List.of(100.0)));

        ScaleFigures figures = ScaleFigures.of(result, Map.of(1, Map.of("monolith", 4242L)));

        assertThat(figures.cpuSecondsPer1000Requests().median()).isCloseTo(2.0, within(1e-9));
        assertThat(figures.peakRssMib().median()).isEqualTo(500);
        assertThat(figures.maxSustainableRate().median()).isEqualTo(450);
        assertThat(figures.catalogRequestsServed()).containsEntry("monolith", Spread.of(List.of(4242L)));
        assertThat(figures.successfulRepeats()).isOne();
    }

}
