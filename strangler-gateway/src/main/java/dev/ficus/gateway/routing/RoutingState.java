package dev.ficus.gateway.routing;

import java.util.List;
import java.util.Map;

/**
 * The persisted part of the gateway: current route settings and the audit log.
 *
 * @param routes setting per capability
 * @param audit changes, oldest first
 */
public record RoutingState(Map<String, RouteSetting> routes, List<AuditEntry> audit) {

	public RoutingState {
		routes = Map.copyOf(routes);
		audit = List.copyOf(audit);
	}

}
