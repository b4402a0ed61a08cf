package dev.ficus.gateway.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.rollout.RolloutConductor;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.shadow.ShadowReport;
import dev.ficus.gateway.shadow.ShadowReports;
import dev.ficus.gateway.traffic.TrafficMetrics;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * The live dashboard: a self-contained page and the JSON it polls.
 */
@RestController
class DashboardController {

    private static final int DECISIONS_SHOWN = 15;

    private static final Resource PAGE = new ClassPathResource("dashboard/dashboard.html");

    private final RouteTable table;

    private final TrafficMetrics traffic;

    private final ShadowReports shadow;

    private final RolloutConductor conductor;

    private final ServiceGuard guard;

    private final Clock clock;

    private final TrafficWindow window = new TrafficWindow();

    DashboardController(RouteTable table, TrafficMetrics traffic, ShadowReports shadow, RolloutConductor conductor,
            ServiceGuard guard, Clock clock) {
        this.table = table;
        this.traffic = traffic;
        this.shadow = shadow;
        this.conductor = conductor;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
    }

    @GetMapping("/dashboard/data")
    DashboardData data() {
        Instant now = clock.instant();
        List<CapabilityPanel> panels = table.capabilities().stream().map(capability -> panel(capability, now)).toList();
        List<AuditEntry> latest = new ArrayList<>(table.audit(DECISIONS_SHOWN));
        Collections.reverse(latest);
        return new DashboardData(now, TrafficWindow.LENGTH_DEFAULT.toMillis() / 1000.0, panels, latest);
    }

    private CapabilityPanel panel(Capability capability, Instant now) {
        String name = capability.name();
        TrafficSnapshot total = traffic.snapshot(name);
        TrafficWindow.Sample start = window.slide(name, now, total);
        TrafficSnapshot recent = start == null ? total : total.since(start.snapshot());
        double seconds = start == null ? 0 : Duration.between(start.time(), now).toMillis() / 1000.0;
        RouteSetting setting = table.routingSetting(name);
        ShadowReport shadowReport = shadow.report(name);
        String rollout = conductor.rollout(name).map(r -> r.status() + ": " + r.reason()).orElse(null);
        return new CapabilityPanel(name, setting.mode(), setting.weight(), guard.state(name).name(), rollout,
                SidePanel.of(total.monolith(), recent.monolith(), seconds),
                SidePanel.of(total.service(), recent.service(), seconds), total.fallbacks(), shadowReport.compared(),
                shadowReport.diffRate());
    }

}
