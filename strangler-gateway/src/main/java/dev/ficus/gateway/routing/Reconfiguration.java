package dev.ficus.gateway.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RoutingProperties.CapabilityProperties;
import tools.jackson.databind.JsonNode;

/**
 * What a new configuration (after a route file changed) makes of the route table, worked
 * out before anything is applied, so that the table takes it as a whole or not at all:
 * capabilities new in it are added, those gone from it removed, changed ones replaced; a
 * capability's setting follows the configuration only where its configured mode or weight
 * changed, so settings made through the admin API or a rollout stay.
 *
 * @param capabilities the capabilities after it, configured ones (by name) first
 * @param settings each capability's setting after it
 * @param rollouts the saved rollouts after it
 * @param entries one audit entry per change, empty when nothing changed
 */
record Reconfiguration(Map<String, Capability> capabilities, Map<String, RouteSetting> settings,
        Map<String, JsonNode> rollouts, List<AuditEntry> entries) {

    /**
     * The route table as it is before the new configuration.
     *
     * @param capabilities the capabilities, by name
     * @param settings each one's setting
     * @param rollouts the saved rollouts
     * @param configured the configured capabilities' properties, as last loaded
     */
    record Before(Map<String, Capability> capabilities, Map<String, RouteSetting> settings,
            Map<String, JsonNode> rollouts, Map<String, CapabilityProperties> configured) {
    }

    /**
     * Works out the table after {@code now}.
     * @param now the configured capabilities, by name
     * @param caller who made the change, e.g. the route file
     * @param at when
     * @throws IllegalArgumentException when a capability is invalid, paths overlap, or a
     * capability routed to its service would be removed (its traffic, writes included,
     * would land on the monolith)
     */
    static Reconfiguration of(Before before, Map<String, CapabilityProperties> now, String caller, Instant at) {
        Reconfiguration next = new Reconfiguration(new LinkedHashMap<>(), new HashMap<>(before.settings()),
                new HashMap<>(before.rollouts()), new ArrayList<>());
        now.forEach((name, properties) -> next.configure(before, name, properties, caller, at));
        before.capabilities()
            .values()
            .stream()
            .filter(kept -> !now.containsKey(kept.name()))
            .forEach(kept -> next.keepOrRemove(before, kept, caller, at));
        return next;
    }

    private void configure(Before before, String name, CapabilityProperties properties, String caller, Instant at) {
        Capability capability = properties.toCapability(name);
        capability.overlapWithAny(capabilities).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        capabilities.put(name, capability);
        Capability previous = before.capabilities().get(name);
        RouteSetting current = before.settings().get(name);
        CapabilityProperties configuredBefore = before.configured().get(name);
        RouteSetting wanted = current == null
                || (configuredBefore != null && !configuredBefore.initialSetting().equals(properties.initialSetting()))
                        ? properties.initialSetting() : current;
        if (!capability.equals(previous) || !wanted.equals(current)) {
            settings.put(name, wanted);
            entries.add(new AuditEntry(at, name, current, wanted, change(previous, capability), caller));
        }
    }

    /**
     * A capability the new configuration no longer names: removed when it was configured,
     * kept when it was added through the admin API.
     */
    private void keepOrRemove(Before before, Capability kept, String caller, Instant at) {
        if (before.configured().containsKey(kept.name())) {
            RouteSetting current = Objects.requireNonNull(before.settings().get(kept.name()), kept.name());
            if (current.mode() != Mode.MONOLITH) {
                throw new IllegalArgumentException("capability '" + kept.name() + "' is routed in mode "
                        + current.mode() + "; set it to MONOLITH before removing it from the configuration");
            }
            settings.remove(kept.name());
            rollouts.remove(kept.name());
            entries.add(new AuditEntry(at, kept.name(), current, null, "removed from the configuration", caller));
            return;
        }
        kept.overlapWithAny(capabilities).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        capabilities.put(kept.name(), kept);
    }

    /** What changed in a capability, in a few words for the audit log. */
    private static String change(@Nullable Capability before, Capability after) {
        if (before == null) {
            return "configured: " + after.paths() + " -> " + after.serviceUrls();
        }
        List<String> changes = new ArrayList<>();
        if (!before.paths().equals(after.paths())) {
            changes.add("paths " + before.paths() + " -> " + after.paths());
        }
        if (!before.serviceUrls().equals(after.serviceUrls())) {
            changes.add("service-urls " + before.serviceUrls() + " -> " + after.serviceUrls());
        }
        if (!Objects.equals(before.timeout(), after.timeout())) {
            changes.add("timeout " + before.timeout() + " -> " + after.timeout());
        }
        if (!before.ownership().equals(after.ownership())) {
            changes.add("data ownership " + before.ownership() + " -> " + after.ownership());
        }
        return changes.isEmpty() ? "configured setting changed"
                : "configuration changed: " + String.join(", ", changes);
    }

}
