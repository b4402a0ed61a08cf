package dev.ficus.gateway.routing;

import org.jspecify.annotations.Nullable;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.AuditEntry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ficus.gateway.routing.RoutingProperties.CapabilityProperties;
import tools.jackson.databind.JsonNode;

/**
 * The live routing table: the capabilities, configured or added through the admin API,
 * and each one's current setting, changed only through {@link #change}, {@link #add} and
 * {@link #remove}, which audit and persist every change.
 */
public class RouteTable {

    private static final Logger logger = LoggerFactory.getLogger(RouteTable.class);

    /**
     * Replaced as a whole on every change, so readers on the request path need no lock.
     */
    private volatile Map<String, Capability> capabilities = Map.of();

    /** The configured capabilities' properties, as last loaded; replaced on a reload. */
    private volatile Map<String, CapabilityProperties> configured;

    private final Map<String, RouteSetting> settings = new ConcurrentHashMap<>();

    private final AuditLog audit;

    private final Map<String, JsonNode> rollouts = new HashMap<>();

    private final RoutingStateStore store;

    private final Clock clock;

    /**
     * @param configured the capabilities of the configuration and route files, by name
     * @param store where the state is kept
     * @param audit where every change is recorded
     * @param clock the time of audit entries
     */
    public RouteTable(Map<String, CapabilityProperties> configured, RoutingStateStore store, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.configured = Map.copyOf(configured);
        Optional<RoutingState> saved = store.load();
        Map<String, Capability> known = new LinkedHashMap<>();
        configured.forEach((name, properties) -> {
            Capability capability = properties.toCapability(name);
            capability.overlapWithAny(known).ifPresent(problem -> {
                throw new IllegalStateException(problem);
            });
            known.put(name, capability);
            settings.put(name, saved.map(state -> state.routes().get(name)).orElse(properties.initialSetting()));
        });
        saved.ifPresent(state -> restore(state, known));
        saved.ifPresent(state -> UndeclaredRoutes.of(state, known.keySet()).refuseOrDrop(store.file()));
        capabilities = Collections.unmodifiableMap(known);
        saved.filter(state -> !state.audit().isEmpty()).ifPresent(this::moveAuditToItsLog);
    }

    /**
     * A state file of an older gateway holds the audit entries: they move to the audit
     * log (unless a crash after moving them left them in both), then the state file is
     * written without them.
     */
    private void moveAuditToItsLog(RoutingState state) {
        if (audit.isEmpty()) {
            audit.appendAll(state.audit());
            logger.info("Moved {} audit entries from {} to {}", state.audit().size(), store.file(), audit.file());
        }
        store.save(new RoutingState(settings, List.of(), rollouts, added(capabilities)));
    }

    private void restore(RoutingState state, Map<String, Capability> known) {
        for (Capability added : state.added()) {
            Optional<String> conflict = known.containsKey(added.name()) ? Optional.of("its name is now configured")
                    : added.overlapWithAny(known);
            if (conflict.isPresent()) {
                logger.warn("Capability {} added through the admin API is dropped: {}", added.name(), conflict.get());
                continue;
            }
            known.put(added.name(), added);
            settings.put(added.name(), state.routes().getOrDefault(added.name(), RouteSetting.monolith()));
        }
        state.rollouts().forEach((name, rollout) -> {
            if (known.containsKey(name)) {
                rollouts.put(name, rollout);
            }
        });
    }

    /** The capabilities, configured ones (by name) first, then added ones as added. */
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
     * The setting a request of the capability is routed by: the monolith's for one
     * removed while the request was on its way.
     */
    public RouteSetting routingSetting(String capability) {
        return settings.getOrDefault(capability, RouteSetting.monolith());
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

    /**
     * Adds a capability, routed to the monolith until changed; audits and persists it.
     * @throws IllegalArgumentException when one of its paths overlaps another
     * capability's
     * @throws CapabilityConflictException when its name is taken
     */
    public synchronized AuditEntry add(Capability capability, String caller, String reason) {
        if (capabilities.containsKey(capability.name())) {
            throw new CapabilityConflictException("Capability '" + capability.name() + "' already exists");
        }
        capability.overlapWithAny(capabilities).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Map<String, Capability> next = new LinkedHashMap<>(capabilities);
        next.put(capability.name(), capability);
        AuditEntry entry = new AuditEntry(clock.instant(), capability.name(), null, RouteSetting.monolith(), reason,
                caller);
        Map<String, RouteSetting> nextSettings = new HashMap<>(settings);
        nextSettings.put(capability.name(), RouteSetting.monolith());
        save(next, nextSettings, entry, rollouts);
        settings.put(capability.name(), RouteSetting.monolith());
        capabilities = Collections.unmodifiableMap(next);
        return entry;
    }

    /**
     * Removes a capability added through the admin API; audits and persists it.
     * @throws CapabilityConflictException when it comes from the configuration
     */
    public synchronized AuditEntry remove(String name, String caller, String reason) {
        RouteSetting previous = setting(name);
        if (configured.containsKey(name)) {
            throw new CapabilityConflictException(
                    "Capability '" + name + "' is configured (properties or a route file); remove it there");
        }
        Map<String, Capability> next = new LinkedHashMap<>(capabilities);
        next.remove(name);
        AuditEntry entry = new AuditEntry(clock.instant(), name, previous, null, reason, caller);
        Map<String, RouteSetting> nextSettings = new HashMap<>(settings);
        nextSettings.remove(name);
        Map<String, JsonNode> nextRollouts = new HashMap<>(rollouts);
        nextRollouts.remove(name);
        save(next, nextSettings, entry, nextRollouts);
        capabilities = Collections.unmodifiableMap(next);
        settings.remove(name);
        rollouts.remove(name);
        return entry;
    }

    private synchronized AuditEntry apply(String capability, RouteSetting next, String reason,
            @Nullable JsonNode rollout, @Nullable String caller) {
        RouteSetting previous = setting(capability);
        AuditEntry entry = new AuditEntry(clock.instant(), capability, previous, next, reason, caller);
        Map<String, RouteSetting> nextSettings = new HashMap<>(settings);
        nextSettings.put(capability, next);
        Map<String, JsonNode> nextRollouts = new HashMap<>(rollouts);
        if (rollout == null) {
            nextRollouts.remove(capability);
        }
        else {
            nextRollouts.put(capability, rollout);
        }
        save(capabilities, nextSettings, entry, nextRollouts);
        settings.put(capability, next);
        rollouts.clear();
        rollouts.putAll(nextRollouts);
        return entry;
    }

    /**
     * Persists the next state, then records the audit entry: a change that cannot be
     * saved must not take effect, nor be audited as made.
     */
    private void save(Map<String, Capability> nextCapabilities, Map<String, RouteSetting> nextSettings,
            AuditEntry entry, Map<String, JsonNode> nextRollouts) {
        store.save(new RoutingState(nextSettings, List.of(), nextRollouts, added(nextCapabilities)));
        audit.append(entry);
    }

    private List<Capability> added(Map<String, Capability> all) {
        return added(all, configured.keySet());
    }

    private static List<Capability> added(Map<String, Capability> all, Set<String> configuredNames) {
        List<Capability> added = new ArrayList<>(all.values());
        added.removeIf(capability -> configuredNames.contains(capability.name()));
        return added;
    }

    /**
     * Takes a new configuration (after a route file changed) as a whole or not at all, as
     * {@link Reconfiguration} works it out. Each change is audited and persisted.
     * @param now the configured capabilities, by name
     * @param caller who made the change, e.g. the route file
     * @return the audit entries, empty when nothing changed
     * @throws IllegalArgumentException when a capability is invalid, paths overlap, or a
     * capability routed to its service would be removed (its traffic, writes included,
     * would land on the monolith)
     */
    public synchronized List<AuditEntry> reconfigure(Map<String, CapabilityProperties> now, String caller) {
        Reconfiguration next = Reconfiguration
            .of(new Reconfiguration.Before(capabilities, settings, rollouts, configured), now, caller, clock.instant());
        if (next.entries().isEmpty()) {
            return List.of();
        }
        store.save(new RoutingState(next.settings(), List.of(), next.rollouts(),
                added(next.capabilities(), now.keySet())));
        next.entries().forEach(audit::append);
        settings.keySet().retainAll(next.settings().keySet());
        settings.putAll(next.settings());
        rollouts.clear();
        rollouts.putAll(next.rollouts());
        configured = Map.copyOf(now);
        capabilities = Collections.unmodifiableMap(next.capabilities());
        return List.copyOf(next.entries());
    }

    /** The rollouts saved with the routes, per capability, as their owner wrote them. */
    public synchronized Map<String, JsonNode> savedRollouts() {
        return Map.copyOf(rollouts);
    }

    /** The latest {@value AuditLog#LATEST_DEFAULT} changes, oldest first. */
    /** Audits what leaves the route as it is, e.g. a shadow comparison started afresh. */
    public AuditEntry note(String caller, String capability, String reason) {
        RouteSetting current = setting(capability);
        AuditEntry entry = new AuditEntry(clock.instant(), capability, current, current, reason, caller);
        audit.append(entry);
        return entry;
    }

    public List<AuditEntry> audit() {
        return audit(AuditLog.LATEST_DEFAULT);
    }

    /** The latest {@code count} changes, oldest first. */
    public List<AuditEntry> audit(int count) {
        return audit.latest(count);
    }

}
