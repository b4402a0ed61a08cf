package dev.ficus.gateway.dashboard;

import java.time.Instant;

import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.traffic.SideSnapshot;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * One second (one sampling step) of a capability's traffic, for the history charts.
 *
 * @param at end of the step
 * @param monolith the monolith side during the step
 * @param service the service side during the step
 * @param mode the route's mode at the end of the step
 * @param weight the canary weight at the end of the step
 */
record HistoryPoint(Instant at, SidePoint monolith, SidePoint service, Mode mode, int weight) {

    static HistoryPoint of(Instant at, TrafficSnapshot step, double seconds, RouteSetting setting) {
        return new HistoryPoint(at, SidePoint.of(step.monolith(), seconds), SidePoint.of(step.service(), seconds),
                setting.mode(), setting.weight());
    }

    /**
     * One side during one step.
     *
     * @param requests requests answered or failed
     * @param requestsPerSecond their rate
     * @param errorRate share of them that failed, 0–1
     * @param p99Millis their 99th percentile latency, 0 without requests
     */
    record SidePoint(long requests, double requestsPerSecond, double errorRate, double p99Millis) {

        static SidePoint of(SideSnapshot step, double seconds) {
            return new SidePoint(step.requests(), seconds > 0 ? step.requests() / seconds : 0, step.errorRate(),
                    step.p99Millis());
        }

    }

}
