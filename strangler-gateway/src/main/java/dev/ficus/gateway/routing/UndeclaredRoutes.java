package dev.ficus.gateway.routing;

import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved routes of capabilities no configuration declares any more, e.g. the gateway
 * started without the profile or route file that declared them. One that sends nothing to
 * its service is dropped; one that does stops the start, as {@link Reconfiguration} does
 * for a running gateway: its traffic, writes included, would land on the monolith while
 * the service owns the data, and the next save would forget the route.
 *
 * @param routes the undeclared capabilities' saved settings, by name
 */
record UndeclaredRoutes(Map<String, RouteSetting> routes) {

    private static final Logger logger = LoggerFactory.getLogger(UndeclaredRoutes.class);

    UndeclaredRoutes {
        routes = new TreeMap<>(routes);
    }

    static UndeclaredRoutes of(RoutingState saved, Set<String> declared) {
        Map<String, RouteSetting> undeclared = new TreeMap<>(saved.routes());
        undeclared.keySet().removeAll(declared);
        return new UndeclaredRoutes(undeclared);
    }

    /**
     * @throws IllegalStateException naming every undeclared capability routed to its
     * service
     */
    void refuseOrDrop(Path stateFile) {
        List<String> routed = routes.entrySet()
            .stream()
            .filter(route -> route.getValue().mode() != Mode.MONOLITH)
            .map(route -> "'" + route.getKey() + "' (" + route.getValue().mode() + ")")
            .toList();
        if (!routed.isEmpty()) {
            throw new IllegalStateException("The state file " + stateFile + " routes " + String.join(", ", routed)
                    + " to its service, but no configuration declares it: start with the profile or route file that"
                    + " does, or set it to MONOLITH there first");
        }
        if (!routes.isEmpty()) {
            logger.warn("The state file {} has routes of capabilities no configuration declares, all to the "
                    + "monolith; they are dropped: {}", stateFile, routes.keySet());
        }
    }

}
