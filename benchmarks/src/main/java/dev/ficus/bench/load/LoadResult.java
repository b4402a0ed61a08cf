package dev.ficus.bench.load;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured during one constant-rate run.
 *
 * @param targetRate requests per second the run was asked to offer
 * @param durationMillis how long requests were started for
 * @param sent requests started
 * @param unfinished requests still unanswered when the run stopped waiting (counted as
 * errors)
 * @param sendRate achieved start rate: sent requests over the time from first to last
 * intended start
 * @param latency latency of all successful responses, from the intended send time
 * (coordinated omission corrected)
 * @param sendLag how late the generator actually started requests compared with their
 * intended time; large values mean the generator itself could not keep up
 * @param endpoints per-endpoint statistics, sorted by name
 */
public record LoadResult(double targetRate, long durationMillis, long sent, long unfinished, double sendRate,
        LatencySummary latency, LatencySummary sendLag, List<EndpointStats> endpoints) {

    public LoadResult {
        endpoints = List.copyOf(endpoints);
    }

    public long ok() {
        return endpoints.stream().mapToLong(EndpointStats::ok).sum();
    }

    public long rejected() {
        return endpoints.stream().mapToLong(EndpointStats::rejected).sum();
    }

    public long errors() {
        return endpoints.stream().mapToLong(EndpointStats::errors).sum();
    }

    /** 2xx answers that were not the owner's truth. */
    public long wrong() {
        return endpoints.stream().mapToLong(EndpointStats::wrong).sum();
    }

    public double errorRate() {
        return (sent == 0) ? 0 : (double) errors() / sent;
    }

    public double wrongRate() {
        return (sent == 0) ? 0 : (double) wrong() / sent;
    }

    /** Errors and wrong answers over requests sent: what the SLO bounds. */
    public double failureRate() {
        return (sent == 0) ? 0 : (double) (errors() + wrong()) / sent;
    }

    /** One line for progress output: rate, latency percentiles and counts. */
    public String describe() {
        return "%.0f/s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, %d sent, %d errors, %d rejected".formatted(targetRate,
                latency.p50(), latency.p99(), latency.p999(), sent, errors(), rejected());
    }

    public Optional<EndpointStats> endpoint(String name) {
        return endpoints.stream().filter(stats -> stats.endpoint().equals(name)).findFirst();
    }
}
