package dev.ficus.bench.topology;

import dev.ficus.startup.FreePorts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The three deployment shapes of the shop that the benchmark compares, each on fresh free
 * loopback ports.
 * <p>
 * Every process seeds the same {@link #productCount} products, exposes readiness probes,
 * and keeps its state (the applications' embedded database, the gateway's routing state)
 * in a fresh place under the run directory, so no earlier run leaks into this one.
 * <p>
 * Longer than 300 lines because every shape, the scaled-out ones of {@code bench
 * scale-out} included, is built from the same private process builders (ports, seeding,
 * data directories, trace sampling), which keeps the shapes comparable.
 */
public final class ShopTopologies {

    public static final String MONOLITH = "monolith";

    public static final String GATEWAY_MONOLITH = "gateway-monolith";

    public static final String MICROSERVICES = "gateway-services";

    public static final List<String> NAMES = List.of(MONOLITH, GATEWAY_MONOLITH, MICROSERVICES);

    /**
     * The gateway's Spring profile that declares the shop's two capabilities, catalog
     * ({@code /api/catalog/**}) and inventory ({@code /api/inventory/**}): without it the
     * gateway knows none, and every request goes to the monolith.
     */
    public static final String GATEWAY_SHOP_PROFILE = "spring.profiles.active=shop";

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

    /**
     * The monolith's H2 database under its {@code ficus.data-dir} (its
     * {@code application.yml}).
     */
    private static final String H2_MONOLITH = "shop";

    /** catalog-service's H2 database under its {@code ficus.data-dir}. */
    private static final String H2_CATALOG = "catalog";

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
        return new Topology(MONOLITH, "monolith alone", List.of(monolith(AppJars.MONOLITH, FreePorts.next(), true)),
                AppJars.MONOLITH);
    }

    /**
     * (2) The strangler gateway in front of the monolith, every capability still routed
     * to the monolith.
     */
    public Topology gatewayToMonolith() {
        ProcessSpec monolith = monolith(AppJars.MONOLITH, FreePorts.next(), true);
        ProcessSpec gateway = gateway(FreePorts.next(), monolith.port(), "MONOLITH", 0, 0);
        return new Topology(GATEWAY_MONOLITH, "gateway -> monolith", List.of(monolith, gateway), AppJars.GATEWAY);
    }

    /**
     * (2) with {@code instances} instances of the monolith, named as in
     * {@link #microservices(int, int, int)}, which the gateway balances over
     * ({@code monolith-urls}, health checked), every capability still routed to them.
     * Only the first seeds the database the instances are meant to share.
     */
    public Topology gatewayToMonolith(int instances) {
        if (instances == 1) {
            return gatewayToMonolith();
        }
        checkInstances(instances);
        List<ProcessSpec> processes = new ArrayList<>();
        for (int instance = 1; instance <= instances; instance++) {
            processes.add(monolith(instanceName(AppJars.MONOLITH, instance), FreePorts.next(), instance == 1));
        }
        List<Integer> monolithPorts = ports(processes);
        processes.add(gateway(FreePorts.next(), monolithPorts, "MONOLITH", List.of(monolithPorts.get(0)),
                List.of(monolithPorts.get(0))));
        return new Topology(GATEWAY_MONOLITH, "gateway -> " + instances + " x monolith", processes, AppJars.GATEWAY);
    }

    /**
     * (3) The microservice shape: catalog and inventory served by their services, the
     * rest by the monolith, whose orders call those services over HTTP for product data
     * and stock reservations (its own catalog and inventory tables are then unused), as
     * after extracting both capabilities.
     */
    public Topology microservices() {
        return microservices(1);
    }

    /**
     * The microservice shape with {@code instances} instances of catalog-service, of
     * inventory-service and of the monolith: the first of each is named after its
     * application, the others {@code <application>-<n>} ({@link #instanceName}). With
     * several, the gateway balances each capability over its instances
     * ({@code service-urls}) and the monolith over its own ({@code monolith-urls}), and
     * the monolith calls the services through the gateway, the one address in front of
     * the instances that skips a dead one, as a Kubernetes Service would in a cluster.
     * Only the first instance of each seeds the products (and the monolith's customers):
     * the instances are meant to share one database, and two seeding an empty one at once
     * would insert the same rows twice.
     */
    public Topology microservices(int instances) {
        return microservices(instances, instances, instances);
    }

    /**
     * The microservice shape with its own number of instances of catalog-service, of
     * inventory-service and of the monolith, named and balanced as in
     * {@link #microservices(int)}; the monolith calls a service with several instances
     * through the gateway, one with a single instance directly.
     */
    public Topology microservices(int catalogInstances, int inventoryInstances, int monolithInstances) {
        checkInstances(catalogInstances);
        checkInstances(inventoryInstances);
        checkInstances(monolithInstances);
        List<ProcessSpec> catalogs = new ArrayList<>();
        for (int instance = 1; instance <= catalogInstances; instance++) {
            int seed = (instance == 1) ? productCount : 0;
            catalogs.add(service(instanceName(AppJars.CATALOG_SERVICE, instance), AppJars.CATALOG_SERVICE,
                    FreePorts.next(), seed));
        }
        List<ProcessSpec> inventories = new ArrayList<>();
        for (int instance = 1; instance <= inventoryInstances; instance++) {
            int seed = (instance == 1) ? productCount : 0;
            // inventory-service runs the monolith's inventory module, fault switch
            // included: turned on and exposed as in the monolith, so both shapes can
            // suffer the same fault
            inventories.add(service(instanceName(AppJars.INVENTORY_SERVICE, instance), AppJars.INVENTORY_SERVICE,
                    FreePorts.next(), seed, FAULTS,
                    "management.endpoints.web.exposure.include=health,info,prometheus,faults"));
        }
        List<Integer> monolithPorts = new ArrayList<>();
        for (int instance = 1; instance <= monolithInstances; instance++) {
            monolithPorts.add(FreePorts.next());
        }
        int gatewayPort = FreePorts.next();
        String catalogUrl = (catalogInstances == 1) ? loopback(catalogs.get(0).port()) : loopback(gatewayPort);
        String inventoryUrl = (inventoryInstances == 1) ? loopback(inventories.get(0).port()) : loopback(gatewayPort);
        List<ProcessSpec> monoliths = new ArrayList<>();
        for (int instance = 1; instance <= monolithInstances; instance++) {
            monoliths
                .add(monolith(instanceName(AppJars.MONOLITH, instance), monolithPorts.get(instance - 1), instance == 1,
                        "ficus.extracted.catalog.url=" + catalogUrl, "ficus.extracted.inventory.url=" + inventoryUrl));
        }
        ProcessSpec gateway = gateway(gatewayPort, monolithPorts, "SERVICE", ports(catalogs), ports(inventories));
        List<ProcessSpec> processes = new ArrayList<>(catalogs);
        processes.addAll(inventories);
        processes.addAll(monoliths);
        processes.add(gateway);
        return new Topology(MICROSERVICES,
                "gateway -> " + microserviceShape(catalogInstances, inventoryInstances, monolithInstances), processes,
                AppJars.GATEWAY);
    }

    private static String microserviceShape(int catalogs, int inventories, int monoliths) {
        if (catalogs == 1 && inventories == 1 && monoliths == 1) {
            return "catalog-service + inventory-service, monolith for the rest";
        }
        return times(catalogs, AppJars.CATALOG_SERVICE) + " + " + times(inventories, AppJars.INVENTORY_SERVICE) + ", "
                + times(monoliths, AppJars.MONOLITH) + " for the rest";
    }

    private static String times(int instances, String application) {
        return (instances == 1) ? application : instances + " x " + application;
    }

    private static void checkInstances(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
    }

    /**
     * The gateway in front of {@code instances} monoliths, which it balances over
     * ({@code monolith-urls}), every capability still routed to them. With several, the
     * instances share one database ({@link #sharedDatabase}) and only the first seeds it;
     * with one, this is {@link #gatewayToMonolith()}.
     */
    public Topology gatewayToMonoliths(int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
        if (instances == 1) {
            return gatewayToMonolith();
        }
        List<ProcessSpec> processes = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        Path database = null;
        for (int instance = 1; instance <= instances; instance++) {
            String name = instanceName(AppJars.MONOLITH, instance);
            int port = FreePorts.next();
            database = (database != null) ? database : dataPath(name, port).resolve(H2_MONOLITH);
            processes.add(monolith(name, port, instance == 1, sharedDatabase(database)));
            ports.add(port);
        }
        processes.add(gateway(FreePorts.next(), ports, "MONOLITH", List.of(ports.get(0)), List.of(ports.get(0))));
        return new Topology(GATEWAY_MONOLITH + "-" + instances, "gateway -> " + instances + " x monolith (balanced)",
                processes, AppJars.GATEWAY);
    }

    /**
     * The microservice shape ({@link #microservices()}) with {@code catalogInstances}
     * instances of catalog-service, which the gateway balances over
     * ({@code service-urls}) and the monolith calls through the gateway, and one of
     * inventory-service and of the monolith. With several, the catalog instances share
     * one database ({@link #sharedDatabase}) and only the first seeds it; with one, this
     * is {@link #microservices()}.
     */
    public Topology microservicesWithCatalogs(int catalogInstances) {
        if (catalogInstances < 1) {
            throw new IllegalArgumentException("catalog instances must be at least 1, got " + catalogInstances);
        }
        if (catalogInstances == 1) {
            return microservices();
        }
        List<ProcessSpec> processes = new ArrayList<>();
        Path database = null;
        for (int instance = 1; instance <= catalogInstances; instance++) {
            String name = instanceName(AppJars.CATALOG_SERVICE, instance);
            int port = FreePorts.next();
            database = (database != null) ? database : dataPath(name, port).resolve(H2_CATALOG);
            processes.add(service(name, AppJars.CATALOG_SERVICE, port, (instance == 1) ? productCount : 0,
                    sharedDatabase(database)));
        }
        ProcessSpec inventory = service(AppJars.INVENTORY_SERVICE, AppJars.INVENTORY_SERVICE, FreePorts.next(),
                productCount);
        int gatewayPort = FreePorts.next();
        ProcessSpec monolith = monolith(AppJars.MONOLITH, FreePorts.next(), true,
                "ficus.extracted.catalog.url=" + loopback(gatewayPort),
                "ficus.extracted.inventory.url=" + loopback(inventory.port()));
        List<Integer> catalogPorts = ports(processes);
        processes.add(inventory);
        processes.add(monolith);
        processes
            .add(gateway(gatewayPort, List.of(monolith.port()), "SERVICE", catalogPorts, List.of(inventory.port())));
        return new Topology(MICROSERVICES + "-catalog-" + catalogInstances,
                "gateway -> " + catalogInstances
                        + " x catalog-service (balanced) + inventory-service, monolith for the rest",
                processes, AppJars.GATEWAY);
    }

    /**
     * The datasource of an instance sharing the embedded H2 database {@code file} (path
     * without {@code .mv.db}) with the other instances of its application, as instances
     * behind a load balancer share their database: {@code AUTO_SERVER} lets the process
     * that opens it first serve it to the others over TCP on loopback. H2 refuses
     * {@code AUTO_SERVER} with the applications' {@code DB_CLOSE_ON_EXIT=FALSE}, which
     * only matters while a process shuts down.
     */
    static String sharedDatabase(Path file) {
        return "spring.datasource.url=jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /**
     * The process name of one instance of an application: the application's name for the
     * first, {@code <application>-<n>} for the others.
     */
    public static String instanceName(String application, int instance) {
        return (instance == 1) ? application : application + "-" + instance;
    }

    /** The application a process of {@link #microservices(int)} is an instance of. */
    public static String applicationOf(String process) {
        for (String application : List.of(AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE, AppJars.MONOLITH)) {
            if (process.equals(application) || process.matches(Pattern.quote(application) + "-\\d+")) {
                return application;
            }
        }
        return process;
    }

    private ProcessSpec monolith(String name, int port, boolean seeds, String... extracted) {
        // the fault switch lets the blast-radius phase make the inventory module fail
        // inside the monolith
        List<String> properties = new ArrayList<>(
                List.of(PROBES, SAMPLING, "ficus.seed.products=" + (seeds ? productCount : 0), FAULTS,
                        NO_DECLINED_PAYMENTS, dataDirectory(name, port)));
        if (!seeds) {
            properties.add("ficus.seed.customers=0");
        }
        properties.addAll(List.of(extracted));
        return ProcessSpec.bootJar(name, jars.jar(AppJars.MONOLITH), port, properties);
    }

    private ProcessSpec service(String name, String application, int port, int seed, String... extra) {
        // the same seed count as the monolith: the services seed the same shop-api
        // SeedData products and stock
        List<String> properties = new ArrayList<>(
                List.of(PROBES, SAMPLING, "ficus.seed.products=" + seed, dataDirectory(name, port)));
        properties.addAll(List.of(extra));
        return ProcessSpec.bootJar(name, jars.jar(application), port, properties);
    }

    private String dataDirectory(String name, int port) {
        return "ficus.data-dir=" + dataPath(name, port);
    }

    private Path dataPath(String name, int port) {
        return stateDirectory.toAbsolutePath().resolve("data-" + name + "-" + port);
    }

    private static String loopback(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static List<Integer> ports(List<ProcessSpec> instances) {
        return instances.stream().map(ProcessSpec::port).toList();
    }

    private ProcessSpec gateway(int port, int monolithPort, String mode, int catalogPort, int inventoryPort) {
        return gateway(port, List.of(monolithPort), mode, List.of((catalogPort > 0) ? catalogPort : monolithPort),
                List.of((inventoryPort > 0) ? inventoryPort : monolithPort));
    }

    /**
     * The gateway; the monolith or a capability with one instance gets its URL
     * ({@code monolith-url}, {@code service-url}), one with several their URLs to balance
     * over ({@code monolith-urls}, {@code service-urls}).
     */
    private ProcessSpec gateway(int port, List<Integer> monolithPorts, String mode, List<Integer> catalogPorts,
            List<Integer> inventoryPorts) {
        List<String> properties = new ArrayList<>(List.of(GATEWAY_SHOP_PROFILE, PROBES, SAMPLING, ADMIN_PORT,
                "ficus.gateway." + ((monolithPorts.size() == 1) ? "monolith-url=" : "monolith-urls=")
                        + urls(monolithPorts),
                "ficus.gateway.state-file=" + stateDirectory.resolve("gateway-state-" + port + ".json"),
                // its admin URL is written next to it: in the checkout's .ficus/gateway,
                // the default,
                // it would take the place of the user's own gateway for `ficus route`
                "ficus.gateway.admin-token-file="
                        + stateDirectory.toAbsolutePath().resolve("gateway-admin-" + port).resolve("admin-token")));
        properties.addAll(capability("catalog", mode, catalogPorts));
        properties.addAll(capability("inventory", mode, inventoryPorts));
        return ProcessSpec.bootJar(AppJars.GATEWAY, jars.jar(AppJars.GATEWAY), port, properties);
    }

    private static List<String> capability(String name, String mode, List<Integer> ports) {
        String prefix = "ficus.gateway.capabilities." + name + ".";
        return List.of(prefix + "mode=" + mode,
                prefix + ((ports.size() == 1) ? "service-url=" : "service-urls=") + urls(ports));
    }

    private static String urls(List<Integer> ports) {
        return ports.stream().map(ShopTopologies::loopback).collect(Collectors.joining(","));
    }

}
