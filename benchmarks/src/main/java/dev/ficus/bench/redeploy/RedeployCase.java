package dev.ficus.bench.redeploy;

import java.util.List;
import java.util.Optional;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * The three redeploys compared: the shape that runs, and the processes restarted in
 * order, each only once the one before is ready again.
 */
enum RedeployCase {

    /** The monolith shape's redeploy: its one process stopped and started again. */
    MONOLITH("monolith", "monolith alone, restarted", List.of(AppJars.MONOLITH)),

    /**
     * The monolith rolled: two instances behind the gateway's load balancer, restarted
     * one at a time.
     */
    GATEWAY_MONOLITHS("gateway-monoliths", "gateway -> 2 monolith instances, rolling restart",
            List.of(AppJars.MONOLITH, ShopTopologies.instanceName(AppJars.MONOLITH, 2))),

    /**
     * The microservice shape with two inventory-service instances behind the gateway,
     * restarted one at a time.
     */
    INVENTORY_SERVICES("inventory-services", "microservices with 2 inventory-service instances, rolling restart",
            List.of(AppJars.INVENTORY_SERVICE, ShopTopologies.instanceName(AppJars.INVENTORY_SERVICE, 2)));

    static final List<RedeployCase> ALL = List.of(values());

    private final String id;

    private final String title;

    private final List<String> restarted;

    RedeployCase(String id, String title, List<String> restarted) {
        this.id = id;
        this.title = title;
        this.restarted = restarted;
    }

    /** The name on the command line and in the report. */
    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** The processes restarted, in order. */
    List<String> restarted() {
        return restarted;
    }

    /** Whether the gateway balances over the restarted processes. */
    boolean rolling() {
        return restarted.size() > 1;
    }

    /** The shape this case runs, before its processes get their database. */
    Topology shape(ShopTopologies topologies) {
        return switch (this) {
            case MONOLITH -> topologies.monolith();
            case GATEWAY_MONOLITHS -> topologies.gatewayToMonolith(2);
            case INVENTORY_SERVICES -> topologies.microservices(1, 2, 1);
        };
    }

    static Optional<RedeployCase> named(String id) {
        return ALL.stream().filter(redeploy -> redeploy.id.equals(id)).findFirst();
    }

}
