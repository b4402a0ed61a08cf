package dev.ficus.extractcheck;

import dev.ficus.startup.FreePorts;
import static dev.ficus.extractcheck.FicusCli.ficus;

import dev.ficus.testsupport.OfflineMaven;
import dev.ficus.testsupport.RealServices;
import dev.ficus.testsupport.RunningApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The sample after {@code ficus analyze}, {@code plan} and {@code extract} of three
 * candidates, each generated project built with offline Maven and started beside the
 * monolith and the strangler gateway (loaded with the generated route files). Shipping
 * and notifications run with profile {@code rabbit} on an exchange of this run. A second
 * monolith process, rebuilt with the generated {@code monolith-adapters/} and told where
 * the shipping service runs, shares the first one's database (H2 {@code AUTO_SERVER}):
 * the monolith after its switch to the service, its events included.
 */
final class ExtractedSample implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();

    static final String VERSION = System.getProperty("ficus.version", "0.1.0-SNAPSHOT");

    static final Path LOGS = Path.of(System.getProperty("ficus.log-dir", "target/extract-logs")).toAbsolutePath();

    static final String ADMIN_TOKEN = "extract-check-token";

    /**
     * What the notifications service proves itself with on its calls back into the
     * monolith, whose {@code InternalCallers} knows it.
     */
    static final String NOTIFICATIONS_TOKEN = "notifications-calls-back-token";

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /**
     * The libraries spring-boot-starter-amqp brings that the monolith does not have, by
     * artifact id (patterns): the RabbitMQ client needs Netty.
     */
    private static final List<String> AMQP_STARTER = List.of("spring-boot-amqp", "spring-rabbit", "spring-amqp",
            "amqp-client", "spring-messaging", "netty-[a-z-]+");

    /**
     * Under target, not a temporary folder: what was generated stays there to read after
     * a failure.
     */
    final Path work = Path.of("target/extract-work").toAbsolutePath();

    final Map<String, RunningApp> services = new LinkedHashMap<>();

    private final List<RunningApp> started = new ArrayList<>();

    private final Map<String, String> ownEndpoints;

    RunningApp monolith;

    private RunningApp switchedMonolith;

    RunningApp gateway;

    int adminPort;

    Path plan;

    BrokerTap broker;

    private OfflineMaven.Run build;

    ExtractedSample(Map<String, String> ownEndpoints) {
        this.ownEndpoints = ownEndpoints;
    }

    void extractBuildAndStart() throws Exception {
        Folders.deleteTree(work);
        Path out = work.resolve("ficus-out");
        ficus("analyze", ROOT.resolve("monolith-app").toString(), "--out", out.toString(), "--quiet");
        ficus("plan", ROOT.resolve("monolith-app").toString(), "--analysis", out.resolve("analysis.json").toString(),
                "--out", out.toString());
        plan = out.resolve("plan.json");
        for (String candidate : ownEndpoints.keySet()) {
            ficus("extract", candidate, "--plan", plan.toString(), "--out", service(candidate).toString(),
                    "--monolith-jar", ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + ".jar").toString());
            // as the generated README says: add the requests your users send
            Files.writeString(service(candidate).resolve("src/test/resources/contract/requests.txt"),
                    "GET " + ownEndpoints.get(candidate) + "\n", StandardOpenOption.APPEND);
        }
        build = startBuildingGeneratedProjects();
        broker = BrokerTap.open(RealServices.rabbit());
        build.assertSucceeded();
        start(rebuildMonolithWithAdapters());
    }

    private void start(Path rebuiltMonolith) throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String candidate : ownEndpoints.keySet()) {
            ports.put(candidate, FreePorts.next());
            pointRouteFileAt(candidate, "http://127.0.0.1:" + ports.get(candidate));
        }
        int switchedPort = FreePorts.next();
        monolith = started(RunningApp.start("monolith",
                ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + "-exec.jar"), LOGS, FreePorts.next(),
                "--ficus.data-dir=" + work.resolve("data/monolith"), "--spring.datasource.url=" + monolithDatabase()));
        for (String candidate : ownEndpoints.keySet()) {
            // notifications calls back into the monolith that has its adapter
            String monolithUrl = "notifications".equals(candidate) ? "http://127.0.0.1:" + switchedPort
                    : monolith.url();
            List<String> arguments = new ArrayList<>(List.of("--ficus.data-dir=" + work.resolve("data/" + candidate),
                    "--ficus.monolith.url=" + monolithUrl, "--ficus.trust.token=" + NOTIFICATIONS_TOKEN));
            arguments.addAll(eventArguments(candidate));
            services.put(candidate,
                    started(RunningApp.start(candidate + "-service",
                            service(candidate).resolve("target/" + candidate + "-service-0.1.0-SNAPSHOT.jar"), LOGS,
                            ports.get(candidate), arguments.toArray(String[]::new))));
        }
        adminPort = FreePorts.next();
        gateway = started(RunningApp.start("gateway",
                ROOT.resolve("strangler-gateway/target/strangler-gateway-" + VERSION + ".jar"), LOGS, FreePorts.next(),
                "--ficus.gateway.monolith-url=" + monolith.url(),
                "--ficus.gateway.routes-file="
                        + String.join(",", ownEndpoints.keySet().stream().map(c -> routeFile(c).toString()).toList()),
                "--ficus.gateway.state-file=" + work.resolve("gateway/state.json"),
                "--ficus.gateway.admin.port=" + adminPort, "--ficus.gateway.admin-token=" + ADMIN_TOKEN));
        monolith.awaitReady("/actuator/health", START_TIMEOUT);
        // after the first one created the schema: both open the same database
        switchedMonolith = started(RunningApp.start("monolith-with-adapters", rebuiltMonolith, LOGS, switchedPort,
                "--ficus.data-dir=" + work.resolve("data/monolith"), "--spring.datasource.url=" + monolithDatabase(),
                "--ficus.extracted.shipping.url=" + "http://127.0.0.1:" + ports.get("shipping"),
                "--ficus.extracted.shipping.events=rabbit", "--ficus.extracted.shipping.exchange=" + broker.exchange(),
                "--ficus.extracted.shipping.queue=" + broker.monolithQueue(),
                "--ficus.trust.callers.notifications-service=" + NOTIFICATIONS_TOKEN));
        for (RunningApp service : services.values()) {
            service.awaitReady("/actuator/health", START_TIMEOUT);
        }
        gateway.awaitReady("/actuator/health", START_TIMEOUT);
    }

    /**
     * The monolith rebuilt with the adapters, calling the shipping service; it starts
     * while the first tests run, and is waited for here.
     */
    RunningApp switchedMonolith() throws IOException, InterruptedException {
        return switchedMonolith.awaitReady("/actuator/health", START_TIMEOUT);
    }

    /** Shipping relays its outbox and notifications consumes, on this run's exchange. */
    private List<String> eventArguments(String candidate) {
        return switch (candidate) {
            case "shipping" -> List.of("--spring.profiles.active=rabbit", "--ficus.sync.exchange=" + broker.exchange());
            case "notifications" -> List.of("--spring.profiles.active=rabbit",
                    "--ficus.sync.exchange=" + broker.exchange(), "--ficus.sync.queue=" + broker.queue());
            default -> List.of();
        };
    }

    /**
     * The monolith's jar with shipping's adapters (the monolith calls the service and
     * hears its events over the broker) and notifications' {@code CustomersEndpoints}
     * with their {@code InternalCallers} (the service calls back into the monolith), plus
     * what spring-boot-starter-amqp would add to its pom, taken from the built shipping
     * service. Notifications' event forwarding is compiled in but left off (its switch is
     * not set): the notifications service hears OrderShipped from the shipping service
     * directly.
     */
    private Path rebuildMonolithWithAdapters() throws IOException {
        List<Path> sources = new ArrayList<>(
                MonolithAdapters.sourcesUnder(service("shipping").resolve("monolith-adapters/src/main/java")));
        sources.add(service("notifications").resolve(
                "monolith-adapters/src/main/java/dev/ficus/shop/customers/internal/remote/CustomersEndpoints.java"));
        sources.add(service("notifications")
            .resolve("monolith-adapters/src/main/java/dev/ficus/shop/customers/internal/remote/InternalCallers.java"));
        sources.add(service("notifications").resolve("monolith-adapters/src/main/java/dev/ficus/shop/notifications/"
                + "internal/remote/NotificationsEventForwarding.java"));
        List<Path> amqp = MonolithAdapters.librariesOf(
                service("shipping").resolve("target/shipping-service-0.1.0-SNAPSHOT.jar"), AMQP_STARTER,
                work.resolve("amqp-libraries"));
        return MonolithAdapters.rebuild(ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + "-exec.jar"),
                ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + ".jar"), sources, amqp,
                work.resolve("monolith-with-adapters.jar"));
    }

    /** The monolith's H2 file, open to a second process and to migrate-data. */
    String monolithDatabase() {
        return "jdbc:h2:file:" + work.resolve("data/monolith/shop") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** The service's own H2 file, as its generated application.properties names it. */
    String serviceDatabase(String candidate) {
        return "jdbc:h2:file:" + work.resolve("data/" + candidate + "/" + candidate) + ";AUTO_SERVER=TRUE";
    }

    /**
     * The generated route file names the plan's port; these services run on free ports.
     */
    private void pointRouteFileAt(String candidate, String url) throws IOException {
        String key = "ficus.gateway.routes." + candidate + ".service-url=";
        String route = Files.readString(routeFile(candidate))
            .replaceAll("(?m)^" + key.replace(".", "\\.") + ".*$", key + url);
        Files.writeString(routeFile(candidate), route);
    }

    RunningApp gatewayAdmin() {
        return RunningApp.attached("gateway-admin", adminPort);
    }

    String adminUrl() {
        return "http://127.0.0.1:" + adminPort;
    }

    OfflineMaven maven() {
        return new OfflineMaven(ROOT, work.resolve("m2"), SHARED_REPOSITORY, LOGS);
    }

    Path service(String candidate) {
        return work.resolve("services/" + candidate + "-service");
    }

    private Path routeFile(String candidate) {
        return service(candidate).resolve("routes/" + candidate + ".properties");
    }

    /**
     * One Maven run over all generated projects. Ficus's own libraries come from this
     * reactor, published into a fresh local repository; every other artifact is read from
     * the shared one, which this build never writes to.
     */
    private OfflineMaven.Run startBuildingGeneratedProjects() throws Exception {
        maven().publishFicusLibraries(VERSION);
        StringBuilder modules = new StringBuilder();
        ownEndpoints.keySet()
            .forEach(candidate -> modules.append("<module>").append(candidate).append("-service</module>"));
        Files.writeString(work.resolve("services/pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>extract-check</groupId><artifactId>services</artifactId><version>1</version>
                  <packaging>pom</packaging>
                  <modules>%s</modules>
                </project>
                """.formatted(modules));
        return maven().start(work.resolve("services/pom.xml"), "build", "package", "-DskipTests");
    }

    private RunningApp started(RunningApp app) {
        started.add(app);
        return app;
    }

    /** Stops every process it started, then removes this run's queues and exchange. */
    @Override
    public void close() throws InterruptedException, IOException, TimeoutException {
        if (build != null && build.process().isAlive()) {
            build.process().destroy();
            build.process().waitFor();
        }
        for (RunningApp app : started) {
            app.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

}
