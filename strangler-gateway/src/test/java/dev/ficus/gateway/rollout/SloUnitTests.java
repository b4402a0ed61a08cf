package dev.ficus.gateway.rollout;

import java.time.Duration;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import dev.ficus.gateway.traffic.SideSnapshot;
import dev.ficus.gateway.traffic.TrafficSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SloUnitTests {

    private static final Slo SLO = new Slo(0.05, 1.5, Duration.ofMillis(5), 0.02);

    @Test
    void holdsForAHealthyStep() {
        assertThat(SLO.breach(step(side(100, 2, 20), side(100, 0, 20)), 100, 0.01)).isEmpty();
    }

    @Test
    void breaksAtOnceWhenErrorsAloneExceedTheRateOverTheMinimumRequests() {
        // 6 errors in 10 requests: even if the next 90 succeed the step ends above 5 %.
        assertThat(SLO.breach(step(side(10, 0, 20), side(10, 6, 20)), 100, 0)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("service error rate 0.600 (6 of 10) above 0.050"));
        assertThat(SLO.breach(step(side(10, 0, 20), side(10, 5, 20)), 100, 0)).isEmpty();
    }

    @Test
    void breaksWhenTheShadowDiffRateIsTooHigh() {
        assertThat(SLO.breach(step(side(0, 0, 1), side(0, 0, 1)), 100, 0.03))
            .hasValue("shadow diff rate 0.030 above 0.020");
    }

    @Test
    void comparesTheServiceP99WithTheMonolithsAboveAFloor() {
        assertThat(SLO.breach(step(side(100, 0, 20), side(100, 0, 31)), 100, 0)).isPresent();
        assertThat(SLO.breach(step(side(100, 0, 20), side(100, 0, 29)), 100, 0)).isEmpty();
        // Below the 5 ms floor, 1 ms against 4 ms is not a breach.
        assertThat(SLO.breach(step(side(100, 0, 1), side(100, 0, 4)), 100, 0)).isEmpty();
    }

    @Test
    void judgesLatencyOnlyWithEnoughRequestsOnBothSides() {
        assertThat(SLO.breach(step(side(100, 0, 20), side(99, 0, 100)), 100, 0)).isEmpty();
    }

    @Test
    void rejectsObjectivesOutsideTheirRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Slo(1.5, 1.5, Duration.ZERO, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Slo(0.1, 0.5, Duration.ZERO, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Slo(0.1, 1.5, Duration.ZERO, -0.1));
    }

    private static TrafficSnapshot step(SideSnapshot monolith, SideSnapshot service) {
        return new TrafficSnapshot(monolith, service, 0);
    }

    private static SideSnapshot side(long requests, long errors, long latencyMillis) {
        Histogram latency = new Histogram(3);
        latency.recordValueWithCount(latencyMillis * 1_000, Math.max(requests, 1));
        return new SideSnapshot(requests, errors, latency);
    }

}
