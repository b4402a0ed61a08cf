package dev.ficus.bench.redeploy;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.ficus.bench.load.LoadResult;

/**
 * One redeploy under load: what was restarted when, and which requests failed, all times
 * from the start of the load.
 *
 * @param repeat 1-based repeat number
 * @param loadMillis how long the load ran
 * @param requests requests sent
 * @param failed 5xx, timeouts, refused or broken connections, unanswered at the end
 * @param wrong 2xx answers that were not the owner's truth
 * @param failedBeforeStop failures and wrong answers in the time buckets before the first
 * stop: what the shape failed without any redeploy
 * @param failedBy failures by kind, over every endpoint
 * @param wrongBy wrong answers by what was wrong, over every endpoint
 * @param firstStopAtMillis when the first process got SIGTERM
 * @param lastReadyAtMillis when the last restarted process was ready
 * @param wallMillis the redeploy's wall time: first SIGTERM to last ready
 * @param firstFailingAtMillis start of the first time bucket with a failure or wrong
 * answer, {@code null} when none failed
 * @param failingMillis from the start of the first time bucket with a failure or wrong
 * answer to the end of the last, over every endpoint; 0 when none failed
 * @param failingEndpoints endpoints with a failure or wrong answer
 * @param steps the processes restarted, in order
 * @param endpoints every endpoint's requests and failures
 */
record RepeatResult(int repeat, long loadMillis, long requests, long failed, long wrong, long failedBeforeStop,
        Map<String, Long> failedBy, Map<String, Long> wrongBy, long firstStopAtMillis, long lastReadyAtMillis,
        long wallMillis, @Nullable Long firstFailingAtMillis, long failingMillis, List<String> failingEndpoints,
        List<RestartStep> steps, List<EndpointFailures> endpoints) {

    RepeatResult {
        failedBy = Map.copyOf(failedBy);
        wrongBy = Map.copyOf(wrongBy);
        failingEndpoints = List.copyOf(failingEndpoints);
        steps = List.copyOf(steps);
        endpoints = List.copyOf(endpoints);
    }

    /**
     * Reads a repeat from its load, whose requests were sent for {@code loadMillis}, and
     * the restarts done meanwhile.
     */
    static RepeatResult of(int repeat, LoadResult load, long loadMillis, List<RestartStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a redeploy restarts at least one process");
        }
        List<EndpointFailures> endpoints = load.endpoints().stream().map(EndpointFailures::of).toList();
        long firstStop = steps.get(0).stopAtMillis();
        long lastReady = steps.get(steps.size() - 1).readyAtMillis();
        Long firstFailing = endpoints.stream()
            .map(EndpointFailures::firstFailingAtMillis)
            .filter(Objects::nonNull)
            .min(Long::compare)
            .orElse(null);
        long lastFailing = endpoints.stream()
            .map(EndpointFailures::lastFailingUntilMillis)
            .filter(Objects::nonNull)
            .max(Long::compare)
            .orElse(0L);
        long before = endpoints.stream()
            .flatMap(endpoint -> endpoint.failingBuckets().stream())
            .filter(bucket -> bucket.untilMillis() <= firstStop)
            .mapToLong(bucket -> bucket.failed() + bucket.wrong())
            .sum();
        return new RepeatResult(repeat, loadMillis, load.sent(), load.errors(), load.wrong(), before,
                merged(endpoints, true), merged(endpoints, false), firstStop, lastReady, lastReady - firstStop,
                firstFailing, (firstFailing == null) ? 0 : lastFailing - firstFailing,
                endpoints.stream()
                    .filter(endpoint -> endpoint.failed() + endpoint.wrong() > 0)
                    .map(EndpointFailures::endpoint)
                    .toList(),
                steps, endpoints);
    }

    /** Share of the requests that failed or were answered wrong. */
    double failedOrWrongFraction() {
        return (requests == 0) ? 0 : (double) (failed + wrong) / requests;
    }

    private static Map<String, Long> merged(List<EndpointFailures> endpoints, boolean failures) {
        Map<String, Long> kinds = new TreeMap<>();
        endpoints.forEach(endpoint -> (failures ? endpoint.failedBy() : endpoint.wrongBy())
            .forEach((kind, count) -> kinds.merge(kind, count, Long::sum)));
        return kinds;
    }

}
