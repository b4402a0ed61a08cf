package dev.ficus.gateway.admin;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /admin/routes}: a capability to add, routed to the monolith until
 * changed.
 *
 * @param name lower-case letters, digits and '-', e.g. {@code notifications}
 * @param paths its path patterns, e.g. {@code /api/notifications/**}
 * @param serviceUrl base URL of its service, absolute http(s)
 * @param reason why, for the audit log; optional
 */
record NewCapability(String name, List<String> paths, URI serviceUrl,
        @Size(max = RouteChange.REASON_MAX_LENGTH) String reason) {

}
