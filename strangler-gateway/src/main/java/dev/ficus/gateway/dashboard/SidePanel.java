package dev.ficus.gateway.dashboard;

import dev.ficus.gateway.traffic.SideSnapshot;

/**
 * One side of a capability: totals since start and figures over the dashboard window.
 *
 * @param requests requests since the gateway started
 * @param windowRequests requests within the window
 * @param windowErrors failed requests within the window
 * @param requestsPerSecond request rate over the window
 * @param errorRate error rate over the window, 0–1
 * @param p99Millis 99th percentile latency over the window
 */
record SidePanel(long requests, long windowRequests, long windowErrors, double requestsPerSecond, double errorRate,
        double p99Millis) {

    static SidePanel of(SideSnapshot total, SideSnapshot window, double seconds) {
        return new SidePanel(total.requests(), window.requests(), window.errors(),
                seconds > 0 ? window.requests() / seconds : 0, window.errorRate(), window.p99Millis());
    }

}
