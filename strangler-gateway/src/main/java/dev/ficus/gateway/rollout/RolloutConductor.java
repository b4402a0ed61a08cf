package dev.ficus.gateway.rollout;

import org.jspecify.annotations.Nullable;
import dev.ficus.gateway.api.RolloutStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.shadow.ShadowReports;
import dev.ficus.gateway.traffic.SideSnapshot;
import dev.ficus.gateway.traffic.TrafficMetrics;
import dev.ficus.gateway.traffic.TrafficSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives progressive rollouts: advances a capability's canary weight step by step while
 * its SLOs hold, rolls it back to the monolith at once when one breaks, and takes pause,
 * resume, abort and promote commands. Every decision lands in the route table's audit log
 * with its reason.
 */
public class RolloutConductor {

    private static final Logger logger = LoggerFactory.getLogger(RolloutConductor.class);

    private final RouteTable table;

    private final TrafficMetrics traffic;

    private final ShadowReports shadow;

    private final Clock clock;

    private final JsonMapper json;

    private final Map<String, Rollout> rollouts = new ConcurrentHashMap<>();

    public RolloutConductor(RouteTable table, TrafficMetrics traffic, ShadowReports shadow, Clock clock,
            JsonMapper json) {
        this.table = table;
        this.traffic = traffic;
        this.shadow = shadow;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Takes up the rollouts saved with the routes before a restart: an active one
     * continues on the step it was on (paused if it was), judged afresh from now because
     * traffic counts do not survive a restart.
     */
    public synchronized void resumeSaved() {
        table.savedRollouts().forEach((capability, saved) -> {
            Rollout rollout = json.treeToValue(saved, Rollout.class);
            if (!rollout.status().isActive()) {
                rollouts.put(capability, rollout);
            }
            else if (!table.setting(capability).equals(rollout.expectedSetting())) {
                rollouts.put(capability, rollout.with(RolloutStatus.SUPERSEDED, "route changed outside the rollout"));
            }
            else {
                String why = "resumed after restart at weight " + rollout.weight()
                        + (rollout.status() == RolloutStatus.PAUSED ? ", still paused" : "");
                record(rollout.restartStep(clock.instant(), traffic.snapshot(capability), why),
                        rollout.expectedSetting());
            }
        });
    }

    public Optional<Rollout> rollout(String capability) {
        return Optional.ofNullable(rollouts.get(capability));
    }

    public synchronized Rollout start(String capability, RolloutPlan plan) {
        if (rollout(capability).filter(rollout -> rollout.status().isActive()).isPresent()) {
            throw new RolloutConflictException("A rollout of " + capability + " is already active");
        }
        return record(Rollout.start(capability, plan, clock.instant(), traffic.snapshot(capability)), null);
    }

    public synchronized Rollout pause(String capability) {
        Rollout rollout = requireStatus(capability, RolloutStatus.RUNNING, "pause");
        return record(rollout.with(RolloutStatus.PAUSED, "paused at weight " + rollout.weight()),
                rollout.expectedSetting());
    }

    public synchronized Rollout resume(String capability) {
        Rollout rollout = requireStatus(capability, RolloutStatus.PAUSED, "resume");
        return record(rollout.with(RolloutStatus.RUNNING, "resumed at weight " + rollout.weight()),
                rollout.expectedSetting());
    }

    public synchronized Rollout abort(String capability) {
        Rollout rollout = requireActive(capability, "abort");
        return record(rollout.with(RolloutStatus.ABORTED, "aborted at weight " + rollout.weight()),
                RouteSetting.monolith());
    }

    public synchronized Rollout promote(String capability) {
        Rollout rollout = requireActive(capability, "promote");
        return record(rollout.with(RolloutStatus.PROMOTED, "promoted from weight " + rollout.weight()),
                RouteSetting.service());
    }

    /** Evaluates every running rollout once. */
    public synchronized void evaluate() {
        rollouts.values()
            .stream()
            .filter(rollout -> rollout.status() == RolloutStatus.RUNNING)
            .toList()
            .forEach(this::evaluate);
    }

    private void evaluate(Rollout rollout) {
        String capability = rollout.capability();
        if (!table.setting(capability).equals(rollout.expectedSetting())) {
            rollouts.put(capability, rollout.with(RolloutStatus.SUPERSEDED, "route changed outside the rollout"));
            return;
        }
        Instant now = clock.instant();
        TrafficSnapshot current = traffic.snapshot(capability);
        TrafficSnapshot step = current.since(rollout.baseline());
        RolloutPlan plan = rollout.plan();
        Optional<String> breach = plan.slo().breach(step, plan.minRequests(), shadow.report(capability).diffRate());
        if (breach.isPresent()) {
            record(rollout.with(RolloutStatus.ROLLED_BACK,
                    "rolled back at weight " + rollout.weight() + ": " + breach.get()), RouteSetting.monolith());
        }
        else if (stepDone(rollout, step.service(), now)) {
            Rollout next = rollout.advance(now, current,
                    "advanced from weight " + rollout.weight() + " after " + describe(step.service()));
            record(next.atLastStep() ? next.with(RolloutStatus.COMPLETED, next.reason() + "; completed") : next,
                    next.expectedSetting());
        }
    }

    private static boolean stepDone(Rollout rollout, SideSnapshot service, Instant now) {
        Duration onStep = Duration.between(rollout.stepStartedAt(), now);
        return service.requests() >= rollout.plan().minRequests() && onStep.compareTo(rollout.plan().interval()) >= 0;
    }

    private static String describe(SideSnapshot service) {
        return "%d service requests, error rate %.3f, p99 %.1f ms".formatted(service.requests(), service.errorRate(),
                service.p99Millis());
    }

    /**
     * Applies the rollout's setting (its expected one when {@code null}) and saves both
     * in one write.
     */
    private Rollout record(Rollout rollout, @Nullable RouteSetting setting) {
        table.change(rollout.capability(), setting == null ? rollout.expectedSetting() : setting,
                "rollout " + rollout.reason(), json.valueToTree(rollout));
        rollouts.put(rollout.capability(), rollout);
        logger.info("Rollout of {} {}", rollout.capability(), rollout.reason());
        return rollout;
    }

    private Rollout requireStatus(String capability, RolloutStatus status, String command) {
        Rollout rollout = requireActive(capability, command);
        if (rollout.status() != status) {
            throw new RolloutConflictException(
                    "Cannot " + command + " the rollout of " + capability + ": it is " + rollout.status());
        }
        return rollout;
    }

    private Rollout requireActive(String capability, String command) {
        return rollout(capability).filter(rollout -> rollout.status().isActive())
            .orElseThrow(() -> new RolloutConflictException(
                    "Cannot " + command + ": no rollout of " + capability + " is active"));
    }

}
