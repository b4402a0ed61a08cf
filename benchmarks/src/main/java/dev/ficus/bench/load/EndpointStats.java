package dev.ficus.bench.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one endpoint saw during a run.
 *
 * @param endpoint endpoint name
 * @param requests requests sent to it
 * @param ok answered with 2xx/3xx
 * @param rejected answered with 4xx
 * @param errors 5xx, timeouts, transport failures and requests still unanswered at the
 * end
 * @param wrong answered 2xx with a body that is not the owner's truth
 * @param errorKinds error counts by kind (e.g. {@code "HTTP 503"},
 * {@code "ConnectException"})
 * @param wrongKinds wrong answers by what was wrong
 * @param latency latency of successful responses, measured from the intended send time
 * @param timeline per time bucket (by intended send time): successful and failed requests
 */
public record EndpointStats(String endpoint, long requests, long ok, long rejected, long errors, long wrong,
        Map<String, Long> errorKinds, Map<String, Long> wrongKinds, LatencySummary latency, Timeline timeline) {

    public EndpointStats {
        // in the order of their names, so that results and reports come out the same
        // every time
        errorKinds = Collections.unmodifiableSortedMap(new TreeMap<>(errorKinds));
        wrongKinds = (wrongKinds == null) ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(wrongKinds));
    }

    public double wrongRate() {
        return (requests == 0) ? 0 : (double) wrong / requests;
    }

    public double errorRate() {
        return (requests == 0) ? 0 : (double) errors / requests;
    }

    /**
     * Requests per time bucket of a run, split into those that succeeded, those that
     * errored and those answered wrong.
     *
     * @param bucketMillis width of one bucket
     * @param ok successful requests per bucket
     * @param errors errored requests per bucket
     * @param wrong wrong answers per bucket (all 0 in a run from before they were told
     * apart)
     */
    public record Timeline(long bucketMillis, List<Long> ok, List<Long> errors, List<Long> wrong) {

        public Timeline {
            ok = List.copyOf(ok);
            errors = List.copyOf(errors);
            wrong = (wrong == null || wrong.isEmpty()) ? Collections.nCopies(errors.size(), 0L) : List.copyOf(wrong);
            if (wrong.size() != errors.size() || ok.size() != errors.size()) {
                throw new IllegalArgumentException("one count per bucket in every series");
            }
        }
    }
}
