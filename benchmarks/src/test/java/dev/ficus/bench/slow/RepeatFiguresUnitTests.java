package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.slow.LatencyLog.Sample;

class RepeatFiguresUnitTests {

    @Test
    void splitsCountsAtTheBucketTheInventoryTurnedSlowInAndLatenciesAtTheMoment() {
        // 1 s buckets, slow from 2.4 s of a 4 s load: counts split at 2 s, latencies at
        // 2.4 s
        EndpointStats browse = stats("browse-catalog", List.of(10L, 10L, 8L, 6L), List.of(0L, 0L, 2L, 4L));
        EndpointStats stock = stats("stock-level", List.of(2L, 2L, 0L, 0L), List.of(0L, 1L, 2L, 2L));
        LoadResult load = new LoadResult(20, 4000, 0, 0, 20, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of(browse, stock));
        List<Sample> samples = List.of(new Sample("browse-catalog", 100, 5), new Sample("browse-catalog", 1900, 7),
                new Sample("browse-catalog", 2000, 900), new Sample("browse-catalog", 3500, 1500),
                new Sample("stock-level", 500, 3), new Sample("stock-level", 1500, 4),
                new Sample("stock-level", 2300, 4));

        RepeatFigures figures = RepeatFigures.of(load, samples, 2400);

        assertThat(figures.splitMillis()).isEqualTo(2000);
        RepeatFigures.EndpointFigures catalog = figures.endpoints().get(0);
        assertThat(catalog.needsInventory()).isFalse();
        assertThat(catalog.before().requests()).isEqualTo(20);
        assertThat(catalog.before().failedShare()).isZero();
        assertThat(catalog.before().p50Millis()).isEqualTo(7);
        assertThat(catalog.before().p99Millis()).as("sent at 2.0 s, before the slowdown").isEqualTo(900);
        assertThat(catalog.slow().requests()).isEqualTo(20);
        assertThat(catalog.slow().failed()).isEqualTo(6);
        assertThat(catalog.slow().failedShare()).isCloseTo(0.3, within(1e-9));
        assertThat(catalog.slow().p50Millis()).isEqualTo(1500);
        assertThat(catalog.slow().p99Millis()).isEqualTo(1500);
        assertThat(catalog.failingMillis()).isEqualTo(4000 - 2400);
        RepeatFigures.EndpointFigures stockLevel = figures.endpoints().get(1);
        assertThat(stockLevel.needsInventory()).isTrue();
        assertThat(stockLevel.before().failed()).isEqualTo(1);
        assertThat(stockLevel.slow().failedShare()).isEqualTo(1.0);
        assertThat(stockLevel.slow().p50Millis()).as("no right answer while slow; the one at 2.3 s was before it")
            .isNaN();
        assertThat(stockLevel.before().p99Millis()).isEqualTo(4);
    }

    @Test
    void poolsTheEndpointsThatNeedTheInventoryApartFromTheRest() {
        EndpointStats browse = stats("browse-catalog", List.of(4L, 4L), List.of(0L, 0L));
        EndpointStats status = stats("order-status", List.of(1L, 0L), List.of(0L, 1L));
        EndpointStats order = stats("place-order", List.of(1L, 1L), List.of(0L, 1L));
        EndpointStats stock = stats("stock-level", List.of(1L, 1L), List.of(0L, 0L));
        LoadResult load = new LoadResult(10, 2000, 0, 0, 10, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of(browse, status, order, stock));
        List<Sample> samples = List.of(new Sample("browse-catalog", 1200, 10), new Sample("order-status", 1300, 30),
                new Sample("place-order", 1400, 2100), new Sample("stock-level", 1500, 2050));

        RepeatFigures figures = RepeatFigures.of(load, samples, 1000);

        assertThat(figures.otherSlow().requests()).isEqualTo(4 + 1);
        assertThat(figures.otherSlow().failed()).isEqualTo(1);
        assertThat(figures.otherSlow().p50Millis()).isEqualTo(10);
        assertThat(figures.otherSlow().p99Millis()).isEqualTo(30);
        assertThat(figures.inventorySlow().requests()).isEqualTo(3);
        assertThat(figures.inventorySlow().failedShare()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(figures.inventorySlow().p50Millis()).isEqualTo(2050);
        assertThat(figures.inventoryBefore().requests()).isEqualTo(2);
        assertThat(figures.inventoryBefore().p50Millis()).as("no sample before").isNaN();
    }

    @Test
    void takesTheNearestRankPercentile() {
        List<Double> hundred = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList();

        assertThat(PhaseFigures.percentile(hundred, 0.50)).isEqualTo(50);
        assertThat(PhaseFigures.percentile(hundred, 0.99)).isEqualTo(99);
        assertThat(PhaseFigures.percentile(List.of(3.0), 0.99)).isEqualTo(3);
        assertThat(PhaseFigures.percentile(List.of(), 0.5)).isNaN();
    }

    static EndpointStats stats(String name, List<Long> ok, List<Long> errors) {
        long okTotal = ok.stream().mapToLong(Long::longValue).sum();
        long errorTotal = errors.stream().mapToLong(Long::longValue).sum();
        return new EndpointStats(name, okTotal + errorTotal, okTotal, 0, errorTotal, 0, Map.of(), Map.of(),
                LatencySummary.EMPTY, new EndpointStats.Timeline(1000, ok, errors, List.of()));
    }

}
