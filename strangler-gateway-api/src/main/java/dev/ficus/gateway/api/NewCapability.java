package dev.ficus.gateway.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /admin/routes}: a capability to add, routed to the monolith until
 * changed.
 *
 * @param name 1-63 lower-case letters, digits and '-', e.g. {@code notifications}
 * @param paths its path patterns, e.g. {@code /api/notifications/**}
 * @param serviceUrl base URL of its service, absolute http(s)
 * @param reason why, for the audit log; optional, at most
 * {@value RouteChange#REASON_MAX_LENGTH} characters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewCapability(String name, List<String> paths, URI serviceUrl, String reason) {

}
