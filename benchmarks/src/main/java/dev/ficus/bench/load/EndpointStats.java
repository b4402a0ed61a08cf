package dev.ficus.bench.load;

import java.util.List;
import java.util.Map;

/**
 * What one endpoint saw during a run.
 *
 * @param endpoint endpoint name
 * @param requests requests sent to it
 * @param ok answered with 2xx/3xx
 * @param rejected answered with 4xx
 * @param errors 5xx, timeouts, transport failures and requests still unanswered at the
 * end
 * @param errorKinds error counts by kind (e.g. {@code "HTTP 503"},
 * {@code "ConnectException"})
 * @param latency latency of successful responses, measured from the intended send time
 * @param timeline per time bucket (by intended send time): successful and failed requests
 */
public record EndpointStats(String endpoint, long requests, long ok, long rejected, long errors,
        Map<String, Long> errorKinds, LatencySummary latency, Timeline timeline) {

    public EndpointStats {
        errorKinds = Map.copyOf(errorKinds);
    }

    public double errorRate() {
        return (requests == 0) ? 0 : (double) errors / requests;
    }

    /**
     * Requests per time bucket of a run, split into those that succeeded and those that
     * errored.
     *
     * @param bucketMillis width of one bucket
     * @param ok successful requests per bucket
     * @param errors errored requests per bucket
     */
    public record Timeline(long bucketMillis, List<Long> ok, List<Long> errors) {

        public Timeline {
            ok = List.copyOf(ok);
            errors = List.copyOf(errors);
        }
    }
}
