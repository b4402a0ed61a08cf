package dev.ficus.gateway.routing;

import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.AuditEntry;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * The persisted part of the gateway: current route settings, the audit log, each
 * capability's latest rollout and the capabilities added through the admin API.
 *
 * @param routes setting per capability
 * @param audit changes, oldest first, only in files written before the audit log moved to
 * its own file ({@link AuditLog}); read once to move them there
 * @param rollouts the latest rollout per capability as its owner wrote it, opaque to
 * routing; absent in files written before rollouts were persisted
 * @param added capabilities added through the admin API, in the order they were added;
 * absent in files written before capabilities could be added
 */
public record RoutingState(Map<String, RouteSetting> routes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AuditEntry> audit, Map<String, JsonNode> rollouts,
        List<Capability> added) {

    public RoutingState {
        routes = Map.copyOf(routes);
        audit = audit == null ? List.of() : List.copyOf(audit);
        rollouts = rollouts == null ? Map.of() : Map.copyOf(rollouts);
        added = added == null ? List.of() : List.copyOf(added);
    }

}
