package dev.ficus.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilter;

/**
 * Contributes an extra gateway filter to every capability route, e.g. the shadow tap.
 */
@FunctionalInterface
public interface CapabilityFilterProvider {

    GatewayFilter filterFor(Capability capability);

}
