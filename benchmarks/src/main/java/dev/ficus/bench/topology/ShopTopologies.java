package dev.ficus.bench.topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three deployment shapes of the shop that the benchmark compares, each on fresh free
 * loopback ports.
 * <p>
 * Every process seeds the same {@link #productCount} products, exposes readiness probes,
 * and keeps its state (the applications' embedded database, the gateway's routing state)
 * in a fresh place under the run directory, so no earlier run leaks into this one.
 */
public final class ShopTopologies {

    public static final String MONOLITH = "monolith";

    public static final String GATEWAY_MONOLITH = "gateway-monolith";

    public static final String MICROSERVICES = "gateway-services";

    public static final List<String> NAMES = List.of(MONOLITH, GATEWAY_MONOLITH, MICROSERVICES);

    private static final String PROBES = "management.endpoint.health.probes.enabled=true";

    /**
     * The gateway's admin API on a free port: nothing here uses it, and several gateways
     * may run at once.
     */
    private static final String ADMIN_PORT = "ficus.gateway.admin.port=0";

    /**
     * Trace sampling for every process. The applications' own defaults differ (the
     * gateway samples 10 %, the monolith and the services 100 %), and a process behind
     * another follows the sampled flag of the W3C {@code traceparent} it receives, so
     * without one setting the monolith alone would record a span for every request while
     * behind the gateway it would record one for every tenth. No span exporter runs in
     * the benchmark.
     */
    public static final double TRACE_SAMPLING = 0.1;

    private static final String FAULTS = "ficus.shop.faults.enabled=true";

    /**
     * The shop's default, stated because the answer checks rely on it: with no payment
     * declined, every acknowledged order keeps its stock reserved or taken, so a stock
     * level above what those orders left is stale.
     */
    private static final String NO_DECLINED_PAYMENTS = "ficus.shop.payments.failure-rate=0.0";

    private static final String SAMPLING = "management.tracing.sampling.probability=" + TRACE_SAMPLING;

    private final AppJars jars;

    private final Path stateDirectory;

    private final int productCount;

    public ShopTopologies(AppJars jars, Path stateDirectory, int productCount) {
        this.jars = jars;
        this.stateDirectory = stateDirectory;
        this.productCount = productCount;
    }

    /** (1) The monolith alone, taking the load directly. */
    public Topology monolith() {
        return new Topology(MONOLITH, "monolith alone", List.of(monolith(FreePorts.next())), AppJars.MONOLITH);
    }

    /**
     * (2) The strangler gateway in front of the monolith, every capability still routed
     * to the monolith.
     */
    public Topology gatewayToMonolith() {
        ProcessSpec monolith = monolith(FreePorts.next());
        ProcessSpec gateway = gateway(FreePorts.next(), monolith.port(), "MONOLITH", 0, 0);
        return new Topology(GATEWAY_MONOLITH, "gateway -> monolith", List.of(monolith, gateway), AppJars.GATEWAY);
    }

    /**
     * (3) The microservice shape: catalog and inventory served by their services, the
     * rest by the monolith, whose orders call those services over HTTP for product data
     * and stock reservations (its own catalog and inventory tables are then unused), as
     * after extracting both capabilities.
     */
    public Topology microservices() {
        ProcessSpec catalog = service(AppJars.CATALOG_SERVICE, FreePorts.next());
        // inventory-service runs the monolith's inventory module, fault switch included:
        // turned on and exposed as in the monolith, so both shapes can suffer the same
        // fault
        ProcessSpec inventory = service(AppJars.INVENTORY_SERVICE, FreePorts.next(), FAULTS,
                "management.endpoints.web.exposure.include=health,info,prometheus,faults");
        ProcessSpec monolith = monolith(FreePorts.next(), "ficus.extracted.catalog.url=" + loopback(catalog.port()),
                "ficus.extracted.inventory.url=" + loopback(inventory.port()));
        ProcessSpec gateway = gateway(FreePorts.next(), monolith.port(), "SERVICE", catalog.port(), inventory.port());
        return new Topology(MICROSERVICES, "gateway -> catalog-service + inventory-service, monolith for the rest",
                List.of(catalog, inventory, monolith, gateway), AppJars.GATEWAY);
    }

    private ProcessSpec monolith(int port, String... extracted) {
        // the fault switch lets the blast-radius phase make the inventory module fail
        // inside the monolith
        List<String> properties = new ArrayList<>(List.of(PROBES, SAMPLING, "ficus.seed.products=" + productCount,
                FAULTS, NO_DECLINED_PAYMENTS, dataDirectory(AppJars.MONOLITH, port)));
        properties.addAll(List.of(extracted));
        return ProcessSpec.bootJar(AppJars.MONOLITH, jars.jar(AppJars.MONOLITH), port, properties);
    }

    private ProcessSpec service(String name, int port, String... extra) {
        // the same seed count as the monolith: the services seed the same shop-api
        // SeedData products and stock
        List<String> properties = new ArrayList<>(
                List.of(PROBES, SAMPLING, "ficus.seed.products=" + productCount, dataDirectory(name, port)));
        properties.addAll(List.of(extra));
        return ProcessSpec.bootJar(name, jars.jar(name), port, properties);
    }

    private String dataDirectory(String name, int port) {
        return "ficus.data-dir=" + stateDirectory.toAbsolutePath().resolve("data-" + name + "-" + port);
    }

    private static String loopback(int port) {
        return "http://127.0.0.1:" + port;
    }

    private ProcessSpec gateway(int port, int monolithPort, String mode, int catalogPort, int inventoryPort) {
        String capabilities = "ficus.gateway.capabilities.";
        return ProcessSpec.bootJar(AppJars.GATEWAY, jars.jar(AppJars.GATEWAY), port,
                List.of(PROBES, SAMPLING, ADMIN_PORT, "ficus.gateway.monolith-url=" + loopback(monolithPort),
                        "ficus.gateway.state-file=" + stateDirectory.resolve("gateway-state-" + port + ".json"),
                        capabilities + "catalog.mode=" + mode,
                        capabilities + "catalog.service-url="
                                + loopback((catalogPort > 0) ? catalogPort : monolithPort),
                        capabilities + "inventory.mode=" + mode, capabilities + "inventory.service-url="
                                + loopback((inventoryPort > 0) ? inventoryPort : monolithPort)));
    }

}
