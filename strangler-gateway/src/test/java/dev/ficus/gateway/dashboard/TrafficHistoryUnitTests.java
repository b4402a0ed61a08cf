package dev.ficus.gateway.dashboard;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.Side;
import dev.ficus.gateway.traffic.TrafficMetrics;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficHistoryUnitTests {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final TrafficMetrics traffic = new TrafficMetrics(
            List.of(new Capability("catalog", List.of("/api/catalog/**"), URI.create("http://127.0.0.1:1"), null)),
            new SimpleMeterRegistry());

    private final TrafficHistory history = new TrafficHistory();

    @Test
    void keepsABurstInTheWindowForTenSecondsThenDropsIt() {
        sampleAt(0);
        burst(100);
        sampleAt(1);

        assertThat(windowAt(1.5).traffic().service().requests()).isEqualTo(100);
        assertThat(windowAt(10.5).traffic().service().requests()).isEqualTo(100);
        assertThat(windowAt(10.5).seconds()).isEqualTo(10.5);
        assertThat(windowAt(11.5).traffic().service().requests()).isZero();
    }

    @Test
    void holdsOnePointPerSecondForFifteenMinutes() {
        sampleAt(0);
        burst(30);
        sampleAt(1);
        for (int second = 2; second <= 1_000; second++) {
            sampleAt(second);
        }

        List<HistoryPoint> points = history.points("catalog");
        assertThat(points).hasSize(900);
        assertThat(points.get(0).at()).isEqualTo(START.plusSeconds(101));
        assertThat(points.get(899).at()).isEqualTo(START.plusSeconds(1_000));
    }

    @Test
    void recordsEachSecondsRateAndTheWeightAtIt() {
        sampleAt(0);
        burst(30);
        history.sample("catalog", START.plusSeconds(2), traffic.snapshot("catalog"), RouteSetting.canary(25));

        HistoryPoint point = history.points("catalog").get(0);
        assertThat(point.service().requests()).isEqualTo(30);
        assertThat(point.service().requestsPerSecond()).isEqualTo(15);
        assertThat(point.service().errorRate()).isEqualTo(0.1);
        assertThat(point.weight()).isEqualTo(25);
    }

    private void burst(int requests) {
        for (int i = 0; i < requests; i++) {
            traffic.record("catalog", Side.SERVICE, Duration.ofMillis(5).toNanos(), i % 10 == 0);
        }
    }

    private void sampleAt(double seconds) {
        history.sample("catalog", at(seconds), traffic.snapshot("catalog"), RouteSetting.canary(10));
    }

    private TrafficHistory.Window windowAt(double seconds) {
        return history.window("catalog", at(seconds), traffic.snapshot("catalog"));
    }

    private static Instant at(double seconds) {
        return START.plusMillis(Math.round(seconds * 1000));
    }

}
