package dev.ficus.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.startup.FreePorts;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.Topology;

/**
 * The demo's three processes on free loopback ports: the monolith, the candidate's
 * service and the gateway in front of both, every capability starting on the monolith.
 * <p>
 * The monolith and the service keep their data in H2 files opened with
 * {@code AUTO_SERVER=TRUE}, so {@code migrate-data} can open both databases while they
 * run (the embedded in-memory default is private to its process).
 *
 * @param monolithPort the monolith's port
 * @param servicePort the service's port
 * @param gatewayPort the port users reach the gateway on
 * @param adminPort the gateway's admin API and dashboard, on loopback
 * @param state where the databases, the gateway's state and its admin token go
 * @param service the service started
 * @param monolithJar the monolith's runnable jar
 * @param gatewayJar the gateway's runnable jar
 */
record DemoTopology(int monolithPort, int servicePort, int gatewayPort, int adminPort, Path state,
        RunnableService service, Path monolithJar, Path gatewayJar) {

    static final String MONOLITH = AppJars.MONOLITH;

    static final String GATEWAY = AppJars.GATEWAY;

    /** The file the gateway writes its generated admin token to, in the state folder. */
    static final String ADMIN_TOKEN_FILE = "admin-token";

    private static final String PROBES = "management.endpoint.health.probes.enabled=true";

    static DemoTopology onFreePorts(AppJars jars, RunnableService service, Path state) {
        return new DemoTopology(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                state.toAbsolutePath(), service, jars.jar(AppJars.MONOLITH), jars.jar(AppJars.GATEWAY));
    }

    Topology topology() {
        return new Topology("demo", "gateway -> monolith, " + service.app() + " beside it",
                List.of(monolith(), serviceProcess(), gateway()), GATEWAY);
    }

    /** The monolith with its own module replaced by calls to the service. */
    ProcessSpec monolithCallingService() {
        return monolith(Objects.requireNonNull(service.monolithSwitch(), "the monolith has an adapter for it") + "="
                + loopback(servicePort));
    }

    String shopDatabase() {
        return database("shop");
    }

    String serviceDatabase() {
        return database(service.database());
    }

    Path adminTokenFile() {
        return state.resolve(ADMIN_TOKEN_FILE);
    }

    String adminUrl() {
        return loopback(adminPort);
    }

    String dashboardUrl() {
        return adminUrl() + "/dashboard";
    }

    String serviceUrl() {
        return loopback(servicePort);
    }

    private ProcessSpec monolith(String... extra) {
        List<String> properties = new ArrayList<>(
                List.of(PROBES, "spring.datasource.url=" + shopDatabase(), "spring.datasource.username=sa"));
        properties.addAll(List.of(extra));
        return ProcessSpec.bootJar(MONOLITH, monolithJar, monolithPort, properties);
    }

    private ProcessSpec serviceProcess() {
        List<String> properties = new ArrayList<>(List.of(PROBES, "spring.datasource.url=" + serviceDatabase(),
                "spring.datasource.username=sa", "ficus.monolith.url=" + loopback(monolithPort)));
        properties.addAll(service.properties());
        return ProcessSpec.bootJar(service.app(), service.jar(), servicePort, properties);
    }

    /**
     * The gateway with the candidate's capability only: without the profile {@code shop}
     * it declares no other, while the sample's catalog and inventory on localhost:8081
     * and 8082 would point where nothing of the demo listens.
     */
    private ProcessSpec gateway() {
        String capability = "ficus.gateway.capabilities." + service.capability();
        return ProcessSpec.bootJar(GATEWAY, gatewayJar, gatewayPort,
                List.of(PROBES, "ficus.gateway.monolith-url=" + loopback(monolithPort),
                        capability + ".paths=" + String.join(",", service.paths()),
                        capability + ".service-url=" + loopback(servicePort), capability + ".mode=MONOLITH",
                        "ficus.gateway.state-file=" + state.resolve("gateway-state.json"),
                        "ficus.gateway.admin-token-file=" + adminTokenFile(), "ficus.gateway.admin.port=" + adminPort));
    }

    private String database(String name) {
        return "jdbc:h2:file:" + state.resolve(name) + ";AUTO_SERVER=TRUE";
    }

    private static String loopback(int port) {
        return "http://127.0.0.1:" + port;
    }

}
