package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThroughputSearchUnitTests {

    private static final List<Double> SWEEP = BenchmarkPlan.full().sweepRates();

    @Test
    void measuresOnlyAboveTheFixedRatesWhenAllOfThemHeld() {
        List<SweepPoint> fixed = List.of(point(25, true), point(50, true), point(100, true));

        assertThat(ThroughputSearch.ratesToTry(SWEEP, fixed)).containsExactly(150.0, 200.0, 250.0, 300.0, 400.0, 500.0,
                600.0, 800.0, 1000.0, 1250.0, 1500.0);
    }

    @Test
    void measuresBetweenTheLastHeldAndTheFirstBrokenFixedRate() {
        assertThat(ThroughputSearch.ratesToTry(SWEEP, List.of(point(25, true), point(50, true), point(100, false))))
            .containsExactly(75.0);
        assertThat(ThroughputSearch.ratesToTry(SWEEP, List.of(point(100, true), point(50, false), point(25, true))))
            .as("verdicts in any order; the lowest broken rate bounds the search")
            .containsExactly(30.0);
        assertThat(ThroughputSearch.ratesToTry(SWEEP, List.of(point(25, false), point(50, false), point(100, false))))
            .containsExactly(10.0, 20.0);
    }

    @Test
    void sustainableRateStopsAtTheFirstBrokenPointInRateOrder() {
        assertThat(ThroughputSearch.maxSustainable(List.of(point(25, true), point(50, true), point(100, true),
                point(150, true), point(200, true), point(250, false))))
            .isEqualTo(200.0);
        assertThat(ThroughputSearch
            .maxSustainable(List.of(point(25, true), point(50, true), point(100, false), point(75, true))))
            .isEqualTo(75.0);
        assertThat(ThroughputSearch
            .maxSustainable(List.of(point(25, true), point(50, false), point(100, true), point(30, true))))
            .as("a held point above a broken one does not count")
            .isEqualTo(30.0);
        assertThat(ThroughputSearch.maxSustainable(List.of(point(25, false), point(10, false)))).isZero();
    }

    private static SweepPoint point(double rate, boolean sustained) {
        return new SweepPoint(rate, sustained ? 20 : 300, 0, 0, rate, sustained,
                rate == 25 || rate == 50 || rate == 100);
    }

}
