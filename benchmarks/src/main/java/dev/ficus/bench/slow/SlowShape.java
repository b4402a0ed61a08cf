package dev.ficus.bench.slow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * One deployment shape of the comparison and where its inventory is slowed down: the
 * monolith's inventory module in the monolith shapes, inventory-service (which runs the
 * same module) in the microservice shape, with or without the monolith's circuit breaker
 * in front of it.
 *
 * @param name the row's name and {@code --shape} value
 * @param topology which of the shop's topologies it runs
 * @param slowProcess the process whose inventory switch is turned to slow
 * @param circuitBreaker whether the monolith calls inventory-service through its circuit
 * breaker; empty where the inventory is in-process
 * @param jars the applications it needs
 */
public record SlowShape(String name, Function<ShopTopologies, Topology> topology, String slowProcess,
        Optional<Boolean> circuitBreaker, List<String> jars) {

    public static final SlowShape MONOLITH = new SlowShape(ShopTopologies.MONOLITH, ShopTopologies::monolith,
            AppJars.MONOLITH, Optional.empty(), List.of(AppJars.MONOLITH));

    public static final SlowShape GATEWAY_MONOLITH = new SlowShape(ShopTopologies.GATEWAY_MONOLITH,
            ShopTopologies::gatewayToMonolith, AppJars.MONOLITH, Optional.empty(),
            List.of(AppJars.MONOLITH, AppJars.GATEWAY));

    public static final SlowShape SERVICES = services(ShopTopologies.MICROSERVICES, true);

    public static final SlowShape SERVICES_NO_BREAKER = services(ShopTopologies.MICROSERVICES + "-no-breaker", false);

    /** Every shape, in the order reports show them. */
    public static final List<SlowShape> ALL = List.of(MONOLITH, GATEWAY_MONOLITH, SERVICES, SERVICES_NO_BREAKER);

    /** The shapes of the committed run. */
    public static final List<SlowShape> DEFAULT = List.of(MONOLITH, SERVICES, SERVICES_NO_BREAKER);

    public SlowShape {
        jars = List.copyOf(jars);
    }

    private static SlowShape services(String name, boolean breaker) {
        return new SlowShape(name, ShopTopologies::microservices, AppJars.INVENTORY_SERVICE, Optional.of(breaker),
                List.of(AppJars.MONOLITH, AppJars.GATEWAY, AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE));
    }

    public static Optional<SlowShape> named(String name) {
        return ALL.stream().filter(shape -> shape.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(SlowShape::name).toList();
    }

    /**
     * The topology to start: the shop's, named after this shape, its monolith calling
     * inventory-service with {@code calls} (and this shape's circuit breaker setting)
     * where it does.
     */
    Topology topology(ShopTopologies topologies, CallSettings calls) {
        Topology shop = topology.apply(topologies);
        List<ProcessSpec> processes = shop.processes()
            .stream()
            .map(process -> process.name().equals(AppJars.MONOLITH) && circuitBreaker.isPresent()
                    ? withProperties(process, calls.properties(circuitBreaker.get())) : process)
            .toList();
        return new Topology(name, description(shop), processes, shop.entry());
    }

    /** One line for reports: the shop's topology and the circuit breaker. */
    public String description(Topology shop) {
        return shop.description() + circuitBreaker
            .map(on -> on ? ", monolith calls inventory-service through its circuit breaker"
                    : ", monolith's circuit breaker off")
            .orElse(", inventory in-process");
    }

    private static ProcessSpec withProperties(ProcessSpec process, List<String> properties) {
        List<String> arguments = new ArrayList<>(process.arguments());
        properties.forEach(property -> arguments.add("--" + property));
        return new ProcessSpec(process.name(), process.launch(), arguments, process.port(), process.readinessPath());
    }

}
