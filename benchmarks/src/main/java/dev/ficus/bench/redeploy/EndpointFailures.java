package dev.ficus.bench.redeploy;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.ficus.bench.load.EndpointStats;

/**
 * What one endpoint saw during a repeat's load, and when its requests failed.
 *
 * @param endpoint endpoint name
 * @param requests requests sent
 * @param failed 5xx, timeouts, refused or broken connections, and requests unanswered at
 * the end
 * @param wrong 2xx answers whose content was not the owner's truth
 * @param failedBy failures by kind ({@code HTTP 502}, {@code ConnectException},
 * {@code timeout}, ...)
 * @param wrongBy wrong answers by what was wrong
 * @param failingBuckets the time buckets (by intended send time) with a failure or a
 * wrong answer, in time order
 */
record EndpointFailures(String endpoint, long requests, long failed, long wrong, Map<String, Long> failedBy,
        Map<String, Long> wrongBy, List<FailingBucket> failingBuckets) {

    /** Requests still unanswered when the load ended: failures outside the timeline. */
    static final String UNFINISHED = "unfinished";

    EndpointFailures {
        failedBy = Map.copyOf(failedBy);
        wrongBy = Map.copyOf(wrongBy);
        failingBuckets = List.copyOf(failingBuckets);
    }

    static EndpointFailures of(EndpointStats stats) {
        EndpointStats.Timeline timeline = stats.timeline();
        List<FailingBucket> failing = new ArrayList<>();
        for (int i = 0; i < timeline.errors().size(); i++) {
            long errors = timeline.errors().get(i);
            long wrongs = timeline.wrong().get(i);
            if (errors + wrongs > 0) {
                failing.add(new FailingBucket(i * timeline.bucketMillis(), timeline.bucketMillis(), errors, wrongs));
            }
        }
        return new EndpointFailures(stats.endpoint(), stats.requests(), stats.errors(), stats.wrong(),
                stats.errorKinds(), stats.wrongKinds(), failing);
    }

    /**
     * Start of the first bucket with a failure or wrong answer, from the load's start.
     */
    @Nullable Long firstFailingAtMillis() {
        return failingBuckets.isEmpty() ? null : failingBuckets.get(0).atMillis();
    }

    /** End of the last bucket with a failure or wrong answer. */
    @Nullable Long lastFailingUntilMillis() {
        return failingBuckets.isEmpty() ? null : failingBuckets.get(failingBuckets.size() - 1).untilMillis();
    }

    /**
     * A time bucket of the load with failures.
     *
     * @param atMillis its start, from the start of the load
     * @param bucketMillis its width
     * @param failed failed requests intended to be sent in it
     * @param wrong wrong answers to requests intended to be sent in it
     */
    record FailingBucket(long atMillis, long bucketMillis, long failed, long wrong) {

        long untilMillis() {
            return atMillis + bucketMillis;
        }
    }

}
