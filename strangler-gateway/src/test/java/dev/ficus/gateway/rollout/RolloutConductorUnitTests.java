package dev.ficus.gateway.rollout;

import dev.ficus.gateway.api.RolloutStatus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.routing.DataOwnership;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.AuditLog;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;
import dev.ficus.gateway.routing.RoutingStateStore;
import dev.ficus.gateway.routing.Side;
import dev.ficus.gateway.shadow.ShadowReportsFixture;
import dev.ficus.gateway.traffic.TrafficMetrics;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rollout decisions on hand-made traffic and a hand-moved clock.
 */
class RolloutConductorUnitTests {

    private static final Slo SLO = new Slo(0.05, 2, Duration.ofMillis(5), 0.05);

    private static final RolloutPlan PLAN = new RolloutPlan(List.of(10, 50, 100), 20, Duration.ofSeconds(10), SLO);

    @TempDir
    Path stateDir;

    MovableClock clock = new MovableClock();

    TrafficMetrics traffic;

    RouteTable table;

    RolloutConductor conductor;

    @BeforeEach
    void setUp() {
        startGateway();
    }

    /**
     * Builds table, traffic and conductor from the state file, as a (re)started gateway
     * does.
     */
    private void startGateway() {
        Map<String, RoutingProperties.CapabilityProperties> configured = Map.of("catalog",
                new RoutingProperties.CapabilityProperties(List.of("/api/catalog/**"), URI.create("http://catalog"),
                        Mode.MONOLITH, 0, DataOwnership.Writes.AUTO, null, null, null));
        JsonMapper json = JsonMapper.builder().build();
        table = new RouteTable(configured, new RoutingStateStore(stateDir.resolve("state.json"), json),
                new AuditLog(stateDir.resolve("audit.jsonl"), 1 << 20, 2, json), clock);
        traffic = new TrafficMetrics(table.capabilities(), new SimpleMeterRegistry());
        conductor = new RolloutConductor(table, traffic, ShadowReportsFixture.empty(table.capabilities()), clock,
                JsonMapper.builder().build());
    }

    @Test
    void advancesOnlyAfterTheIntervalAndTheMinimumRequests() {
        conductor.start("catalog", PLAN);
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));

        serve(Side.SERVICE, 19, 0);
        clock.advance(Duration.ofSeconds(11));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));

        serve(Side.SERVICE, 1, 0);
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));

        serve(Side.SERVICE, 30, 0);
        clock.advance(Duration.ofSeconds(9));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));

        clock.advance(Duration.ofSeconds(1));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.service());
        assertThat(conductor.rollout("catalog").orElseThrow().status()).isEqualTo(RolloutStatus.COMPLETED);
    }

    @Test
    void judgesEachStepOnItsOwnTraffic() {
        conductor.start("catalog", PLAN);
        serve(Side.SERVICE, 100, 4);
        clock.advance(Duration.ofSeconds(10));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));

        // 4 errors in the earlier step and 1 now: only this step's 1 of 20 counts.
        serve(Side.SERVICE, 19, 0);
        serve(Side.SERVICE, 1, 1);
        conductor.evaluate();
        assertThat(conductor.rollout("catalog").orElseThrow().status()).isEqualTo(RolloutStatus.RUNNING);
    }

    @Test
    void rollsBackToTheMonolithAtOnceWhenTheErrorRateBreaches() {
        conductor.start("catalog", PLAN);

        serve(Side.SERVICE, 2, 2);
        conductor.evaluate();

        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.monolith());
        Rollout rollout = conductor.rollout("catalog").orElseThrow();
        assertThat(rollout.status()).isEqualTo(RolloutStatus.ROLLED_BACK);
        AuditEntry last = table.audit().get(table.audit().size() - 1);
        assertThat(last.reason())
            .isEqualTo("rollout rolled back at weight 10: service error rate 1.000 (2 of 2) above 0.050");
        assertThat(last.previous()).isEqualTo(RouteSetting.canary(10));
        assertThat(last.caller()).isEqualTo("rollout");
    }

    @Test
    void rollsBackWhenTheServiceIsMuchSlowerThanTheMonolith() {
        conductor.start("catalog", PLAN);

        serve(Side.MONOLITH, 20, 0, Duration.ofMillis(10));
        serve(Side.SERVICE, 20, 0, Duration.ofMillis(50));
        conductor.evaluate();

        assertThat(conductor.rollout("catalog").orElseThrow().reason()).contains("p99");
        assertThat(table.setting("catalog").mode()).isEqualTo(Mode.MONOLITH);
    }

    @Test
    void stopsFollowingARouteChangedByHand() {
        conductor.start("catalog", PLAN);
        table.change("catalog", RouteSetting.canary(30), "operator");

        conductor.evaluate();

        assertThat(conductor.rollout("catalog").orElseThrow().status()).isEqualTo(RolloutStatus.SUPERSEDED);
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(30));
    }

    @Test
    void resumesARunningRolloutOnTheStepItWasOnAfterARestart() {
        conductor.start("catalog", PLAN);
        serve(Side.SERVICE, 20, 0);
        clock.advance(Duration.ofSeconds(11));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));

        startGateway();
        conductor.resumeSaved();

        Rollout resumed = conductor.rollout("catalog").orElseThrow();
        assertThat(resumed.status()).isEqualTo(RolloutStatus.RUNNING);
        assertThat(resumed.step()).isEqualTo(1);
        assertThat(resumed.plan()).isEqualTo(PLAN);
        assertThat(table.audit()).last()
            .extracting(AuditEntry::reason)
            .isEqualTo("rollout resumed after restart at weight 50");
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));

        // The step is judged afresh: the interval counts from the restart.
        serve(Side.SERVICE, 20, 0);
        clock.advance(Duration.ofSeconds(5));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(50));
        clock.advance(Duration.ofSeconds(6));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.service());
        assertThat(conductor.rollout("catalog").orElseThrow().status()).isEqualTo(RolloutStatus.COMPLETED);
    }

    @Test
    void aPausedRolloutStaysPausedAfterARestart() {
        conductor.start("catalog", PLAN);
        conductor.pause("catalog");

        startGateway();
        conductor.resumeSaved();

        assertThat(conductor.rollout("catalog").orElseThrow().status()).isEqualTo(RolloutStatus.PAUSED);
        assertThat(table.audit()).last()
            .extracting(AuditEntry::reason)
            .isEqualTo("rollout resumed after restart at weight 10, still paused");
        serve(Side.SERVICE, 50, 0);
        clock.advance(Duration.ofMinutes(1));
        conductor.evaluate();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));
    }

    @Test
    void aRouteChangedByHandEndsTheSavedRollout() {
        conductor.start("catalog", PLAN);
        table.change("catalog", RouteSetting.canary(30), "operator");

        startGateway();
        conductor.resumeSaved();

        assertThat(conductor.rollout("catalog")).isEmpty();
        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(30));
        assertThat(table.audit()).last().extracting(AuditEntry::reason).isEqualTo("operator");
    }

    @Test
    void refusesASecondRolloutWhileOneIsActive() {
        conductor.start("catalog", PLAN);

        assertThatExceptionOfType(RolloutConflictException.class).isThrownBy(() -> conductor.start("catalog", PLAN));
    }

    @Test
    void doesNotAdvanceWhilePaused() {
        conductor.start("catalog", PLAN);
        conductor.pause("catalog");

        serve(Side.SERVICE, 50, 10);
        clock.advance(Duration.ofMinutes(1));
        conductor.evaluate();

        assertThat(table.setting("catalog")).isEqualTo(RouteSetting.canary(10));
    }

    private void serve(Side side, int requests, int errors) {
        serve(side, requests, errors, Duration.ofMillis(2));
    }

    private void serve(Side side, int requests, int errors, Duration latency) {
        for (int i = 0; i < requests; i++) {
            traffic.record("catalog", side, latency.toNanos(), i < errors);
        }
    }

    /** A clock tests move by hand. */
    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-25T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

    }

}
