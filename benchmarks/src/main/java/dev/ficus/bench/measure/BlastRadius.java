package dev.ficus.bench.measure;

import java.util.List;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LoadResult;

/**
 * What one injected fault did to the requests around it: which endpoints failed, what
 * share of all requests after the fault failed, and for how long.
 *
 * @param fault what was done
 * @param rows the comparison rows this fault answers ({@link FaultCase#ROWS}); empty in a
 * run from before the rows existed
 * @param measured false when the fault could not be injected; {@code reason} says why
 * @param reason why the blast radius was not measured, or, when it was, why the system
 * did not recover after the fault was ended; empty otherwise
 * @param injectedAtMillis when the fault was injected, from the start of the load
 * @param requestsAfterFault requests sent from the fault until the end of the load
 * @param failedFraction share of those that failed (5xx, timeout, refused)
 * @param wrongFraction share of those answered 2xx with something other than the owner's
 * truth
 * @param endpoints per-endpoint impact
 * @param noise other work on the system-under-test CPUs during this fault's load
 */
public record BlastRadius(String fault, List<String> rows, boolean measured, String reason, long injectedAtMillis,
        long requestsAfterFault, double failedFraction, double wrongFraction, List<EndpointImpact> endpoints,
        CpuNoise noise) {

    public BlastRadius {
        rows = (rows == null) ? List.of() : List.copyOf(rows);
        endpoints = List.copyOf(endpoints);
        noise = (noise == null) ? CpuNoise.NOT_MEASURED : noise;
    }

    public static BlastRadius notMeasured(String fault, List<String> rows, String reason) {
        return new BlastRadius(fault, rows, false, reason, 0, 0, 0, 0, List.of(), CpuNoise.NOT_MEASURED);
    }

    /**
     * Reads the impact of a fault injected {@code injectedAtMillis} after the load
     * started from its timelines.
     */
    public static BlastRadius of(String fault, List<String> rows, LoadResult load, long injectedAtMillis) {
        List<EndpointImpact> impacts = load.endpoints()
            .stream()
            .map(stats -> EndpointImpact.of(stats, injectedAtMillis, load.durationMillis()))
            .toList();
        long requests = impacts.stream().mapToLong(EndpointImpact::requestsAfterFault).sum();
        long failed = impacts.stream().mapToLong(EndpointImpact::failedAfterFault).sum();
        long wrong = impacts.stream().mapToLong(EndpointImpact::wrongAfterFault).sum();
        return new BlastRadius(fault, rows, true, "", injectedAtMillis, requests,
                (requests == 0) ? 0 : (double) failed / requests, (requests == 0) ? 0 : (double) wrong / requests,
                impacts, CpuNoise.NOT_MEASURED);
    }

    /** The same radius with the noise of its load's window. */
    public BlastRadius withNoise(CpuNoise windowNoise) {
        return new BlastRadius(fault, rows, measured, reason, injectedAtMillis, requestsAfterFault, failedFraction,
                wrongFraction, endpoints, windowNoise);
    }

    /** The same radius with a reason why the system did not recover. */
    public BlastRadius withReason(String why) {
        return new BlastRadius(fault, rows, measured, why, injectedAtMillis, requestsAfterFault, failedFraction,
                wrongFraction, endpoints, noise);
    }

    /** Whether this figure comes from a disturbed window. */
    public boolean disturbed() {
        return noise.exceedsWarning();
    }

    /** Whether this fault stands for the comparison row {@code row}. */
    public boolean answers(String row) {
        return rows.contains(row);
    }

    /** The longest failing period of any endpoint after the fault. */
    public long longestFailingMillis() {
        return endpoints.stream().mapToLong(EndpointImpact::failingMillis).max().orElse(0);
    }

    /** Failed and wrong answers after the fault over the requests after it. */
    public double failedOrWrongFraction() {
        return failedFraction + wrongFraction;
    }

    /** Endpoints with at least one failure or wrong answer after the fault. */
    public List<String> failedEndpoints() {
        return endpoints.stream()
            .filter(impact -> impact.failedAfterFault() + impact.wrongAfterFault() > 0)
            .map(EndpointImpact::endpoint)
            .toList();
    }

    /**
     * The impact on one endpoint.
     *
     * @param endpoint endpoint name
     * @param failedBeforeFault failures and wrong answers before the fault (the baseline)
     * @param requestsAfterFault requests from the fault on
     * @param failedAfterFault failures from the fault on
     * @param wrongAfterFault wrong answers from the fault on
     * @param failingMillis from the fault to the end of the last time bucket with a
     * failure or wrong answer, or to the end of the load when the endpoint's last
     * requests still failed; 0 when none failed
     * @param failingUntilEnd whether the endpoint's last requests still failed (no
     * recovery seen)
     */
    public record EndpointImpact(String endpoint, long failedBeforeFault, long requestsAfterFault,
            long failedAfterFault, long wrongAfterFault, long failingMillis, boolean failingUntilEnd) {

        static EndpointImpact of(EndpointStats stats, long injectedAtMillis, long loadMillis) {
            EndpointStats.Timeline timeline = stats.timeline();
            long bucket = timeline.bucketMillis();
            int faultBucket = (int) (injectedAtMillis / bucket);
            long before = 0;
            long requests = 0;
            long failed = 0;
            long wrong = 0;
            int lastFailing = -1;
            int lastBucketWithTraffic = -1;
            for (int i = 0; i < timeline.errors().size(); i++) {
                long errors = timeline.errors().get(i);
                long wrongs = timeline.wrong().get(i);
                long total = errors + wrongs + timeline.ok().get(i);
                if (total > 0) {
                    lastBucketWithTraffic = i;
                }
                if (i < faultBucket) {
                    before += errors + wrongs;
                    continue;
                }
                requests += total;
                failed += errors;
                wrong += wrongs;
                if (errors + wrongs > 0) {
                    lastFailing = i;
                }
            }
            boolean untilEnd = lastFailing >= 0 && lastFailing == lastBucketWithTraffic;
            long failingUntil = untilEnd ? loadMillis : (lastFailing + 1) * bucket;
            long failingMillis = (lastFailing < 0) ? 0 : Math.max(0, failingUntil - injectedAtMillis);
            return new EndpointImpact(stats.endpoint(), before, requests, failed, wrong, failingMillis, untilEnd);
        }
    }
}
