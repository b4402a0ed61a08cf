package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;

class BlastRadiusUnitTests {

    @Test
    void attributesFailuresAfterTheFaultToTheirEndpointsAndMeasuresHowLongTheyLasted() {
        // 1 s buckets, fault at 2.5 s of a 6 s load.
        EndpointStats browse = stats("browse", List.of(10L, 10L, 10L, 10L, 10L, 10L), List.of(0L, 0L, 0L, 0L, 0L, 0L));
        EndpointStats order = stats("order", List.of(2L, 2L, 1L, 0L, 0L, 0L), List.of(0L, 1L, 1L, 2L, 2L, 2L));
        EndpointStats status = stats("status", List.of(1L, 1L, 0L, 0L, 1L, 1L), List.of(0L, 0L, 1L, 1L, 0L, 0L));
        LoadResult load = new LoadResult(20, 6000, 0, 0, 20, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of(browse, order, status));

        BlastRadius radius = BlastRadius.of("kill inventory", FaultCase.ROWS, load, 2500);

        assertThat(radius.failedEndpoints()).containsExactly("order", "status");
        BlastRadius.EndpointImpact orders = radius.endpoints().get(1);
        assertThat(orders.failedBeforeFault()).isEqualTo(1);
        assertThat(orders.requestsAfterFault()).isEqualTo(8);
        assertThat(orders.failedAfterFault()).isEqualTo(7);
        assertThat(orders.failingUntilEnd()).isTrue();
        assertThat(orders.failingMillis()).isEqualTo(3500);
        BlastRadius.EndpointImpact statuses = radius.endpoints().get(2);
        assertThat(statuses.failingUntilEnd()).isFalse();
        assertThat(statuses.failingMillis()).isEqualTo(4000 - 2500);
        assertThat(radius.requestsAfterFault()).isEqualTo(40 + 8 + 4);
        assertThat(radius.failedFraction()).isCloseTo(9.0 / 52, within(1e-9));
    }

    @Test
    void reportsNothingFailedWhenNoErrorFollowsTheFault() {
        EndpointStats browse = stats("browse", List.of(5L, 5L, 5L), List.of(1L, 0L, 0L));
        LoadResult load = new LoadResult(5, 3000, 16, 0, 5, LatencySummary.EMPTY, LatencySummary.EMPTY,
                List.of(browse));

        BlastRadius radius = BlastRadius.of("kill", FaultCase.ROWS, load, 1000);

        assertThat(radius.failedEndpoints()).isEmpty();
        assertThat(radius.failedFraction()).isZero();
        assertThat(radius.endpoints().get(0).failedBeforeFault()).isEqualTo(1);
        assertThat(radius.endpoints().get(0).failingMillis()).isZero();
    }

    private static EndpointStats stats(String name, List<Long> ok, List<Long> errors) {
        long okTotal = ok.stream().mapToLong(Long::longValue).sum();
        long errorTotal = errors.stream().mapToLong(Long::longValue).sum();
        return new EndpointStats(name, okTotal + errorTotal, okTotal, 0, errorTotal, 0, Map.of(), Map.of(),
                LatencySummary.EMPTY, new EndpointStats.Timeline(1000, ok, errors, List.of()));
    }

}
