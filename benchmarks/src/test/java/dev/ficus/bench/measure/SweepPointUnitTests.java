package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;

class SweepPointUnitTests {

    private static final BenchmarkPlan.Slo SLO = new BenchmarkPlan.Slo(100, 0.001, 0.95);

    @Test
    void sustainsRateOnlyWhenLatencyErrorsAndOfferedRateAllHold() {
        assertThat(SweepPoint.of(result(99.9, 0, 100), SLO, Map.of()).sustained()).isTrue();
        assertThat(SweepPoint.of(result(100.1, 0, 100), SLO, Map.of()).sustained()).as("p99 over SLO").isFalse();
        assertThat(SweepPoint.of(result(50, 1, 100), SLO, Map.of()).sustained()).as("0.1 % errors").isFalse();
        assertThat(SweepPoint.of(result(50, 0, 94), SLO, Map.of()).sustained()).as("generator fell behind").isFalse();
    }

    @Test
    void chargesEachProcesssCpuToTheRequestsSentInStartOrder() {
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        cpuSeconds.put("monolith", 1.5);
        cpuSeconds.put("gateway", 0.5);

        SweepPoint point = SweepPoint.fromFixedRate(result(20, 0, 100), SLO, cpuSeconds);

        assertThat(point.fixedRate()).isTrue();
        assertThat(point.cpuSecondsPerRequestByProcess()).containsExactly(entry("monolith", 0.0015),
                entry("gateway", 0.0005));
        assertThat(point.cpuSecondsPerRequest()).isCloseTo(0.002, within(1e-12));
    }

    @Test
    void aPointWithoutCpuReadingsSaysItWasNotMeasured() {
        SweepPoint older = new SweepPoint(100, 20, 0, 0, 100, true, false);

        assertThat(older.cpuSecondsPerRequestByProcess()).isEmpty();
        assertThat(older.cpuSecondsPerRequest()).isNaN();
    }

    private static LoadResult result(double p99, long errors, double sendRate) {
        LatencySummary latency = new LatencySummary(1000 - errors, 1, 2, p99, p99, p99, 1);
        EndpointStats stats = new EndpointStats("all", 1000, 1000 - errors, 0, errors, 0, Map.of(), Map.of(), latency,
                new EndpointStats.Timeline(250, List.of(), List.of(), List.of()));
        return new LoadResult(100, 10_000, 1000, 0, sendRate, latency, LatencySummary.EMPTY, List.of(stats));
    }

}
