package dev.ficus.gateway.admin;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.NewCapability;
import dev.ficus.gateway.api.RolloutRequest;
import dev.ficus.gateway.api.RolloutView;
import dev.ficus.gateway.api.RouteChange;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.RouteView;
import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.rollout.RolloutConductor;
import dev.ficus.gateway.rollout.RolloutConflictException;
import dev.ficus.gateway.rollout.RolloutProperties;
import dev.ficus.gateway.routing.AuditLog;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.CapabilityRoutesRefresher;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.api.ShadowReport;
import dev.ficus.gateway.shadow.ShadowReports;

/**
 * The admin API: read, add, remove and change routes, drive rollouts, read the audit log
 * and shadow findings.
 */
@RestController
@RequestMapping("/admin")
class RouteAdminController {

    /** The most audit entries one request may ask for. */
    static final int AUDIT_LIMIT_MAX = 100_000;

    private final RouteTable table;

    private final RolloutConductor conductor;

    private final RolloutProperties rolloutDefaults;

    private final ShadowReports shadow;

    private final ServiceGuard guard;

    private final CapabilityRoutesRefresher refresher;

    private final ServiceInstances instances;

    RouteAdminController(RouteTable table, RolloutConductor conductor, RolloutProperties rolloutDefaults,
            ShadowReports shadow, ServiceGuard guard, CapabilityRoutesRefresher refresher, ServiceInstances instances) {
        this.refresher = refresher;
        this.instances = instances;
        this.table = table;
        this.conductor = conductor;
        this.rolloutDefaults = rolloutDefaults;
        this.shadow = shadow;
        this.guard = guard;
    }

    @GetMapping("/routes")
    List<RouteView> routes() {
        return table.capabilities().stream().map(this::view).toList();
    }

    @PostMapping("/routes")
    ResponseEntity<RouteView> add(@RequestBody NewCapability added, Principal caller, ServerHttpRequest request) {
        Capability capability = Capability.checked(added.name(), added.paths(), added.serviceUrl(), null);
        table.add(capability, callerOf(caller, request), AdminInput.reasonOr(added.reason(),
                "added through the admin API: " + capability.paths() + " -> " + capability.serviceUrl()));
        refresher.refresh();
        return ResponseEntity.created(URI.create("/admin/routes/" + capability.name())).body(view(capability));
    }

    /** Removes a capability added through the admin API; its last view is the answer. */
    @DeleteMapping("/routes/{capability}")
    RouteView remove(@PathVariable String capability, Principal caller, ServerHttpRequest request) {
        Capability known = known(capability);
        conductor.rollout(known.name()).filter(rollout -> rollout.status().isActive()).ifPresent(rollout -> {
            throw new RolloutConflictException("Cannot remove " + known.name() + ": its rollout is " + rollout.status()
                    + "; abort or promote it first");
        });
        RouteView last = view(known);
        table.remove(known.name(), callerOf(caller, request), "removed through the admin API");
        refresher.refresh();
        return last;
    }

    @GetMapping("/routes/{capability}")
    RouteView route(@PathVariable String capability) {
        return view(known(capability));
    }

    @PutMapping("/routes/{capability}")
    RouteView change(@PathVariable String capability, @RequestBody RouteChange change, Principal caller,
            ServerHttpRequest request) {
        Capability known = known(capability);
        RouteSetting setting = AdminInput.setting(change);
        table.changeBy(callerOf(caller, request), known.name(), setting,
                AdminInput.reasonOr(change.reason(), "set through the admin API"));
        return view(known);
    }

    @PostMapping("/routes/{capability}/rollout")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RolloutView startRollout(@PathVariable String capability, @RequestBody(required = false) RolloutRequest request) {
        Capability known = known(capability);
        return AdminInput.view(conductor.start(known.name(), AdminInput.plan(request, rolloutDefaults.defaultPlan())));
    }

    @GetMapping("/routes/{capability}/rollout")
    RolloutView rollout(@PathVariable String capability) {
        return conductor.rollout(known(capability).name())
            .map(AdminInput::view)
            .orElseThrow(() -> new RolloutConflictException("No rollout of " + capability + " has been started"));
    }

    @PostMapping("/routes/{capability}/rollout/{command}")
    RolloutView command(@PathVariable String capability, @PathVariable String command) {
        String name = known(capability).name();
        return AdminInput.view(switch (command) {
            case "pause" -> conductor.pause(name);
            case "resume" -> conductor.resume(name);
            case "abort" -> conductor.abort(name);
            case "promote" -> conductor.promote(name);
            default -> throw new IllegalArgumentException(
                    "Unknown rollout command '" + command + "'; use pause, resume, abort or promote");
        });
    }

    /** The latest {@code limit} changes, oldest first. */
    @GetMapping("/audit")
    List<AuditEntry> audit(@RequestParam(defaultValue = "" + AuditLog.LATEST_DEFAULT) int limit) {
        if (limit < 1 || limit > AUDIT_LIMIT_MAX) {
            throw new IllegalArgumentException("limit must be between 1 and " + AUDIT_LIMIT_MAX + ", was " + limit);
        }
        return table.audit(limit);
    }

    @GetMapping("/shadow/{capability}")
    ShadowReport shadow(@PathVariable String capability) {
        return shadow.report(known(capability).name());
    }

    /**
     * Starts the capability's shadow comparison afresh, audited; answers the results it
     * cleared. For after a fix to the service: differences of the version before would
     * otherwise hold its rollout back.
     */
    @DeleteMapping("/shadow/{capability}")
    ShadowReport resetShadow(@PathVariable String capability, Principal caller, ServerHttpRequest request) {
        String name = known(capability).name();
        ShadowReport cleared = shadow.reset(name);
        table.note(callerOf(caller, request), name,
                "shadow comparison started afresh; before: %d of %d compared differed".formatted(cleared.differing(),
                        cleared.compared()));
        return cleared;
    }

    /**
     * The authenticated token's id and the address the request came from, e.g.
     * admin-token:1a2b3c4d from 127.0.0.1.
     */
    private static String callerOf(Principal caller, ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote == null ? "an unknown address"
                : remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        return (caller == null ? "anonymous" : caller.getName()) + " from " + address;
    }

    private Capability known(String capability) {
        return table.capability(capability)
            .orElseThrow(() -> new UnknownCapabilityException(capability,
                    table.capabilities().stream().map(Capability::name).toList()));
    }

    private RouteView view(Capability capability) {
        RouteSetting setting = table.setting(capability.name());
        return new RouteView(capability.name(), capability.paths(), capability.serviceUrl(), setting.mode(),
                setting.weight(), guard.state(capability.name()).name(),
                conductor.rollout(capability.name()).map(AdminInput::view).orElse(null),
                instances.instances(capability));
    }

}
