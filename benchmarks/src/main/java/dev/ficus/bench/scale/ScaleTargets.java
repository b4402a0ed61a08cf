package dev.ficus.bench.scale;

import java.util.List;
import java.util.function.Supplier;

import dev.ficus.bench.measure.BenchmarkTarget;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * The four topologies measured side by side: the gateway in front of one and of two
 * monoliths, and the microservice shape with one and with two catalog-service instances.
 * No fault is injected: only throughput and resources are compared.
 */
final class ScaleTargets {

    static final String ONE_MONOLITH = "gateway-1-monolith";

    static final String TWO_MONOLITHS = "gateway-2-monoliths";

    static final String ONE_CATALOG = "services-1-catalog";

    static final String TWO_CATALOGS = "services-2-catalogs";

    static final List<String> NAMES = List.of(ONE_MONOLITH, TWO_MONOLITHS, ONE_CATALOG, TWO_CATALOGS);

    /** The applications the four topologies run. */
    static final List<String> APPLICATIONS = List.of(AppJars.MONOLITH, AppJars.GATEWAY, AppJars.CATALOG_SERVICE,
            AppJars.INVENTORY_SERVICE);

    private ScaleTargets() {
    }

    /** The four targets, in comparison order, each described afresh for every repeat. */
    static List<BenchmarkTarget> all(ShopTopologies topologies) {
        return List.of(target(ONE_MONOLITH, () -> topologies.gatewayToMonoliths(1)),
                target(TWO_MONOLITHS, () -> topologies.gatewayToMonoliths(2)),
                target(ONE_CATALOG, () -> topologies.microservicesWithCatalogs(1)),
                target(TWO_CATALOGS, () -> topologies.microservicesWithCatalogs(2)));
    }

    private static BenchmarkTarget target(String name, Supplier<Topology> shape) {
        return new BenchmarkTarget(name, () -> {
            Topology topology = shape.get();
            return new Topology(name, topology.description(), topology.processes(), topology.entry());
        }, List.of());
    }

}
