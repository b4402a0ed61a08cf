package dev.ficus.gateway.routing;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * The live routing table: each capability's current setting, changed only through
 * {@link #change}, which audits and persists every change.
 */
public class RouteTable {

    /** Audit entries kept; older ones are dropped. */
    public static final int AUDIT_CAPACITY_DEFAULT = 1_000;

    private final Map<String, Capability> capabilities = new LinkedHashMap<>();

    private final Map<String, RouteSetting> settings = new ConcurrentHashMap<>();

    private final Deque<AuditEntry> audit = new ArrayDeque<>();

    private final Map<String, JsonNode> rollouts = new HashMap<>();

    private final RoutingStateStore store;

    private final Clock clock;

    public RouteTable(RoutingProperties properties, RoutingStateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        Optional<RoutingState> saved = store.load();
        for (Capability capability : properties.toCapabilities()) {
            capabilities.put(capability.name(), capability);
            RouteSetting initial = properties.capabilities().get(capability.name()).initialSetting();
            settings.put(capability.name(), saved.map(state -> state.routes().get(capability.name())).orElse(initial));
        }
        saved.ifPresent(state -> {
            audit.addAll(state.audit());
            state.rollouts().forEach((name, rollout) -> {
                if (capabilities.containsKey(name)) {
                    rollouts.put(name, rollout);
                }
            });
        });
    }

    public List<Capability> capabilities() {
        return List.copyOf(capabilities.values());
    }

    public Optional<Capability> capability(String name) {
        return Optional.ofNullable(capabilities.get(name));
    }

    /** The current setting of a known capability. */
    public RouteSetting setting(String capability) {
        RouteSetting setting = settings.get(capability);
        if (setting == null) {
            throw new IllegalArgumentException("Unknown capability " + capability);
        }
        return setting;
    }

    /**
     * Applies, audits and persists a change made outside any rollout, which forgets the
     * capability's saved rollout; returns the audit entry.
     */
    public AuditEntry change(String capability, RouteSetting next, String reason) {
        return apply(capability, next, reason, null, null);
    }

    /** As {@link #change(String, RouteSetting, String)}, recording who asked for it. */
    public AuditEntry changeBy(String caller, String capability, RouteSetting next, String reason) {
        return apply(capability, next, reason, null, caller);
    }

    /**
     * Applies, audits and persists a change together with the capability's rollout in one
     * atomic write; returns the audit entry.
     * @param rollout the rollout as its owner wants it restored after a restart, or
     * {@code null} for none
     */
    public AuditEntry change(String capability, RouteSetting next, String reason, JsonNode rollout) {
        return apply(capability, next, reason, rollout, "rollout");
    }

    private synchronized AuditEntry apply(String capability, RouteSetting next, String reason, JsonNode rollout,
            String caller) {
        RouteSetting previous = setting(capability);
        AuditEntry entry = new AuditEntry(clock.instant(), capability, previous, next, reason, caller);
        Map<String, RouteSetting> nextSettings = new HashMap<>(settings);
        nextSettings.put(capability, next);
        Deque<AuditEntry> nextAudit = new ArrayDeque<>(audit);
        nextAudit.addLast(entry);
        while (nextAudit.size() > AUDIT_CAPACITY_DEFAULT) {
            nextAudit.removeFirst();
        }
        Map<String, JsonNode> nextRollouts = new HashMap<>(rollouts);
        if (rollout == null) {
            nextRollouts.remove(capability);
        }
        else {
            nextRollouts.put(capability, rollout);
        }
        // Persist first: a change that cannot be saved must not take effect.
        store.save(new RoutingState(nextSettings, List.copyOf(nextAudit), nextRollouts));
        settings.put(capability, next);
        rollouts.clear();
        rollouts.putAll(nextRollouts);
        audit.clear();
        audit.addAll(nextAudit);
        return entry;
    }

    /** The rollouts saved with the routes, per capability, as their owner wrote them. */
    public synchronized Map<String, JsonNode> savedRollouts() {
        return Map.copyOf(rollouts);
    }

    /** Changes, oldest first. */
    public synchronized List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

}
