package dev.ficus.gateway.routing;

/**
 * Makes the gateway route by the route table's current capabilities, after one was added
 * or removed.
 */
@FunctionalInterface
public interface CapabilityRoutesRefresher {

    void refresh();

}
