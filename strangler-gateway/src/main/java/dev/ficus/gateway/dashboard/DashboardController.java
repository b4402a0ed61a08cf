package dev.ficus.gateway.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.rollout.Rollout;
import dev.ficus.gateway.rollout.RolloutConductor;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.api.DiffSample;
import dev.ficus.gateway.api.ShadowReport;
import dev.ficus.gateway.shadow.ShadowReports;
import dev.ficus.gateway.traffic.TrafficMetrics;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * The live dashboard: a self-contained page and the JSON it polls.
 */
@RestController
class DashboardController {

    private static final int DECISIONS_SHOWN = 15;

    private static final int DIFFS_SHOWN = 5;

    private static final String PAGE = DashboardPage.html();

    private final RouteTable table;

    private final TrafficMetrics traffic;

    private final ShadowReports shadow;

    private final RolloutConductor conductor;

    private final ServiceGuard guard;

    private final Clock clock;

    private final TrafficHistory history;

    private final ServiceHealth health;

    DashboardController(RouteTable table, TrafficMetrics traffic, ShadowReports shadow, RolloutConductor conductor,
            ServiceGuard guard, Clock clock, TrafficHistory history, ServiceHealth health) {
        this.history = history;
        this.health = health;
        this.table = table;
        this.traffic = traffic;
        this.shadow = shadow;
        this.conductor = conductor;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
    }

    @GetMapping("/dashboard/data")
    DashboardData data() {
        Instant now = clock.instant();
        List<CapabilityPanel> panels = table.capabilities().stream().map(capability -> panel(capability, now)).toList();
        List<AuditEntry> latest = new ArrayList<>(table.audit(DECISIONS_SHOWN));
        Collections.reverse(latest);
        return new DashboardData(now, TrafficHistory.WINDOW_DEFAULT.toMillis() / 1000.0, panels, latest);
    }

    private CapabilityPanel panel(Capability capability, Instant now) {
        String name = capability.name();
        TrafficSnapshot total = traffic.snapshot(name);
        TrafficHistory.Window window = history.window(name, now, total);
        TrafficSnapshot recent = window.traffic();
        RouteSetting setting = table.routingSetting(name);
        ShadowReport report = shadow.report(name);
        Rollout rollout = conductor.rollout(name).orElse(null);
        List<String> breaches = rollout == null ? List.of()
                : rollout.plan()
                    .slo()
                    .breach(recent, rollout.plan().minRequests(), report.diffRate())
                    .map(List::of)
                    .orElse(List.of());
        List<DiffSample> latest = new ArrayList<>(
                report.samples().subList(Math.max(0, report.samples().size() - DIFFS_SHOWN), report.samples().size()));
        Collections.reverse(latest);
        return new CapabilityPanel(name, setting.mode(), setting.weight(), guard.state(name).name(), health.of(name),
                health.instances(name), rollout, breaches,
                SidePanel.of(total.monolith(), recent.monolith(), window.seconds()),
                SidePanel.of(total.service(), recent.service(), window.seconds()), total.fallbacks(),
                new CapabilityPanel.ShadowPanel(report.compared(), report.differing(), report.failed(),
                        report.diffRate(), latest));
    }

}
