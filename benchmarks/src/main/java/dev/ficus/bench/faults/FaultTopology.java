package dev.ficus.bench.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * The benchmark's microservice shape (gateway in front of catalog-service,
 * inventory-service and the monolith, as separate JVMs) with each process's data where
 * the chosen {@link Database} puts it.
 */
public final class FaultTopology {

    private FaultTopology() {
    }

    public static Topology of(AppJars jars, Path runDirectory, int productCount, Database database) {
        return of(jars, runDirectory, productCount, database, 1);
    }

    /**
     * The shape with {@code instances} instances of each service and of the monolith; the
     * instances of one application keep their data in the same place (one schema on
     * PostgreSQL).
     */
    public static Topology of(AppJars jars, Path runDirectory, int productCount, Database database, int instances) {
        Topology shape = new ShopTopologies(jars, runDirectory, productCount).microservices(instances);
        List<ProcessSpec> processes = shape.processes()
            .stream()
            .map(spec -> withArguments(spec, database.properties(ShopTopologies.applicationOf(spec.name()))))
            .toList();
        return new Topology(shape.name() + "-" + database.label(), shape.description(), processes, shape.entry());
    }

    private static ProcessSpec withArguments(ProcessSpec spec, List<String> properties) {
        List<String> arguments = new ArrayList<>(spec.arguments());
        properties.forEach(property -> arguments.add("--" + property));
        return new ProcessSpec(spec.name(), spec.launch(), arguments, spec.port(), spec.readinessPath());
    }

    /** The names of the processes, for resetting their schemas. */
    public static List<String> processNames() {
        return List.of(AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE, AppJars.MONOLITH);
    }

}
