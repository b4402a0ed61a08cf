package dev.ficus.gateway.routing;

import dev.ficus.gateway.api.Mode;

import org.springframework.web.server.ServerWebExchange;

/**
 * Picks the side that serves a request of a capability in {@link Mode#CANARY}.
 */
@FunctionalInterface
public interface SideSelector {

    Side select(Capability capability, int weight, ServerWebExchange exchange);

}
