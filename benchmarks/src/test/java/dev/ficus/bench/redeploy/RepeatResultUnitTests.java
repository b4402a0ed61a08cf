package dev.ficus.bench.redeploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoadResult;

class RepeatResultUnitTests {

    private static final long BUCKET = 250;

    private static final List<RestartStep> TWO_STEPS = List.of(
            new RestartStep("monolith", 10, 20, 143, 2_000, 3_000, 20_000, 150),
            new RestartStep("monolith-2", 11, 21, 143, 20_000, 21_500, 41_000, 90));

    @Test
    void failuresAreCountedPerEndpointAndTheFailingWindowRunsFromTheFirstFailingBucketToTheEndOfTheLast() {
        EndpointStats browse = stats("browse-catalog", 40, Map.of(12, 3L, 13, 2L), Map.of(), Map.of("HTTP 502", 5L));
        EndpointStats order = stats("place-order", 40, Map.of(30, 1L), Map.of(31, 2L), Map.of("ConnectException", 1L));
        EndpointStats detail = stats("product-detail", 40, Map.of(), Map.of(), Map.of());

        RepeatResult result = RepeatResult.of(1, load(browse, order, detail), 45_000, TWO_STEPS);

        assertThat(result.failed()).isEqualTo(6);
        assertThat(result.wrong()).isEqualTo(2);
        assertThat(result.failedBy())
            .containsExactlyInAnyOrderEntriesOf(Map.of("HTTP 502", 5L, "ConnectException", 1L));
        assertThat(result.failingEndpoints()).containsExactly("browse-catalog", "place-order");
        assertThat(result.firstFailingAtMillis()).isEqualTo(12 * BUCKET);
        assertThat(result.failingMillis()).isEqualTo(32 * BUCKET - 12 * BUCKET);
        assertThat(result.endpoints()).filteredOn(endpoint -> endpoint.endpoint().equals("place-order"))
            .singleElement()
            .satisfies(endpoint -> assertThat(endpoint.failingBuckets()).containsExactly(
                    new EndpointFailures.FailingBucket(30 * BUCKET, BUCKET, 1, 0),
                    new EndpointFailures.FailingBucket(31 * BUCKET, BUCKET, 0, 2)));
    }

    @Test
    void wallTimeRunsFromTheFirstSigtermToTheLastProcessReady() {
        RepeatResult result = RepeatResult.of(2, load(stats("browse-catalog", 40, Map.of(), Map.of(), Map.of())),
                45_000, TWO_STEPS);

        assertThat(result.firstStopAtMillis()).isEqualTo(2_000);
        assertThat(result.lastReadyAtMillis()).isEqualTo(41_000);
        assertThat(result.wallMillis()).isEqualTo(39_000);
        assertThat(result.loadMillis()).isEqualTo(45_000);
        assertThat(TWO_STEPS.get(0).stopMillis()).isEqualTo(1_000);
        assertThat(TWO_STEPS.get(0).startMillis()).isEqualTo(17_000);
    }

    @Test
    void aRepeatWithoutFailuresHasNoFailingWindow() {
        RepeatResult result = RepeatResult.of(1, load(stats("browse-catalog", 40, Map.of(), Map.of(), Map.of())),
                45_000, TWO_STEPS);

        assertThat(result.failed() + result.wrong()).isZero();
        assertThat(result.firstFailingAtMillis()).isNull();
        assertThat(result.failingMillis()).isZero();
        assertThat(result.failingEndpoints()).isEmpty();
        assertThat(result.failedOrWrongFraction()).isZero();
    }

    @Test
    void failuresBeforeTheFirstSigtermAreToldApart() {
        // the first stop is at 2,000 ms: buckets 0..7 end by then
        EndpointStats browse = stats("browse-catalog", 40, Map.of(3, 1L, 7, 1L, 8, 4L), Map.of(),
                Map.of("timeout", 6L));

        RepeatResult result = RepeatResult.of(1, load(browse), 45_000, TWO_STEPS);

        assertThat(result.failedBeforeStop()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(6);
    }

    @Test
    void unansweredRequestsAreFailuresOutsideTheTimeline() {
        EndpointStats browse = stats("browse-catalog", 40, Map.of(10, 2L), Map.of(), Map.of("timeout", 2L));
        EndpointStats withUnfinished = new EndpointStats(browse.endpoint(), browse.requests(), browse.ok(), 0,
                browse.errors() + 3, 0, Map.of("timeout", 2L, EndpointFailures.UNFINISHED, 3L), Map.of(),
                LatencySummary.EMPTY, browse.timeline());

        EndpointFailures failures = EndpointFailures.of(withUnfinished);

        assertThat(failures.failed()).isEqualTo(5);
        assertThat(failures.failingBuckets().stream().mapToLong(EndpointFailures.FailingBucket::failed).sum())
            .isEqualTo(failures.failed() - failures.failedBy().get(EndpointFailures.UNFINISHED));
    }

    /**
     * An endpoint with 5 successes in every one of {@code buckets} buckets plus the
     * failures given.
     */
    static EndpointStats stats(String name, int buckets, Map<Integer, Long> errors, Map<Integer, Long> wrong,
            Map<String, Long> kinds) {
        List<Long> ok = new ArrayList<>(Collections.nCopies(buckets, 5L));
        List<Long> errorSeries = new ArrayList<>(Collections.nCopies(buckets, 0L));
        List<Long> wrongSeries = new ArrayList<>(Collections.nCopies(buckets, 0L));
        errors.forEach(errorSeries::set);
        wrong.forEach(wrongSeries::set);
        long errorTotal = errorSeries.stream().mapToLong(Long::longValue).sum();
        long wrongTotal = wrongSeries.stream().mapToLong(Long::longValue).sum();
        long okTotal = 5L * buckets;
        Map<String, Long> wrongKinds = (wrongTotal == 0) ? Map.of() : Map.of("stale stock", wrongTotal);
        return new EndpointStats(name, okTotal + errorTotal + wrongTotal, okTotal, 0, errorTotal, wrongTotal, kinds,
                wrongKinds, LatencySummary.EMPTY, new EndpointStats.Timeline(BUCKET, ok, errorSeries, wrongSeries));
    }

    static LoadResult load(EndpointStats... endpoints) {
        long sent = List.of(endpoints).stream().mapToLong(EndpointStats::requests).sum();
        return new LoadResult(30, 600_000, sent, 0, 30, LatencySummary.EMPTY, LatencySummary.EMPTY, List.of(endpoints));
    }

}
