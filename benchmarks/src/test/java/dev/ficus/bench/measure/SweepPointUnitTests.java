package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;

class SweepPointUnitTests {

    private static final BenchmarkPlan.Slo SLO = new BenchmarkPlan.Slo(100, 0.001, 0.95);

    @Test
    void sustainsRateOnlyWhenLatencyErrorsAndOfferedRateAllHold() {
        assertThat(SweepPoint.of(result(99.9, 0, 100), SLO, Map.of(), 500, 1).sustained()).isTrue();
        assertThat(SweepPoint.of(result(100.1, 0, 100), SLO, Map.of(), 500, 1).sustained()).as("p99 over SLO")
            .isFalse();
        assertThat(SweepPoint.of(result(50, 1, 100), SLO, Map.of(), 500, 1).sustained()).as("0.1 % errors").isFalse();
        assertThat(SweepPoint.of(result(50, 0, 94), SLO, Map.of(), 500, 1).sustained()).as("generator fell behind")
            .isFalse();
    }

    @Test
    void chargesEachProcesssCpuToTheRequestsSentInStartOrder() {
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        cpuSeconds.put("monolith", 1.5);
        cpuSeconds.put("gateway", 0.5);

        SweepPoint point = SweepPoint.fromFixedRate(result(20, 0, 100), SLO, cpuSeconds, 1);

        assertThat(point.fixedRate()).isTrue();
        assertThat(point.cpuSecondsPerRequestByProcess()).containsExactly(entry("monolith", 0.0015),
                entry("gateway", 0.0005));
        assertThat(point.cpuSecondsPerRequest()).isCloseTo(0.002, within(1e-12));
        assertThat(point.cpuShare()).as("2 CPU seconds of the 10 s load's one CPU").isCloseTo(0.2, within(1e-12));
        assertThat(point.drainMillis()).isZero();
    }

    @Test
    void aPointThatAnsweredInTimeByLeavingMoreWorkThanTheCpuCouldDoIsNotSustained() {
        // 10 s of load on one CPU: 9.5 s of work during it and 1 s after it
        SweepPoint behind = SweepPoint.of(result(20, 0, 100), SLO, Map.of("monolith", 10.5), 3_000, 1);
        SweepPoint kept = SweepPoint.of(result(20, 0, 100), SLO, Map.of("monolith", 9.8), 500, 1);
        SweepPoint onTwo = SweepPoint.of(result(20, 0, 100), SLO, Map.of("monolith", 10.5), 3_000, 2);

        assertThat(behind.cpuShare()).isCloseTo(1.05, within(1e-9));
        assertThat(behind.sustained()).isFalse();
        assertThat(behind.drainMillis()).isEqualTo(3_000);
        assertThat(kept.sustained()).isTrue();
        assertThat(onTwo.cpuShare()).isCloseTo(0.525, within(1e-9));
        assertThat(onTwo.sustained()).isTrue();
    }

    @Test
    void aPointWithoutCpuReadingsSaysItWasNotMeasured() {
        SweepPoint older = new SweepPoint(100, 20, 0, 0, 100, true, false);

        assertThat(older.cpuSecondsPerRequestByProcess()).isEmpty();
        assertThat(older.cpuSecondsPerRequest()).isNaN();
        assertThat(older.cpuShare()).isNaN();
    }

    @Test
    void readsAPointOfARunThatMeasuredTheCpuPerRequestButNotYetTheShareOrTheDrain() {
        SweepPoint point = JsonMapper.builder().build().readValue("""
                {"rate": 100, "p99Millis": 20, "errorRate": 0, "wrongRate": 0, "sendRate": 100,
                 "sustained": true, "fixedRate": false, "cpuSecondsPerRequestByProcess": {"monolith": 0.001}}
                """, SweepPoint.class);

        assertThat(point.cpuSecondsPerRequestByProcess()).containsExactly(entry("monolith", 0.001));
        assertThat(point.cpuShare()).isNaN();
        assertThat(point.drainMillis()).isZero();
        assertThat(point.sustained()).isTrue();
    }

    private static LoadResult result(double p99, long errors, double sendRate) {
        LatencySummary latency = new LatencySummary(1000 - errors, 1, 2, p99, p99, p99, 1);
        EndpointStats stats = new EndpointStats("all", 1000, 1000 - errors, 0, errors, 0, Map.of(), Map.of(), latency,
                new EndpointStats.Timeline(250, List.of(), List.of(), List.of()));
        return new LoadResult(100, 10_000, 1000, 0, sendRate, latency, LatencySummary.EMPTY, List.of(stats));
    }

}
