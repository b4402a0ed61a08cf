package dev.ficus.extractcheck;

import static dev.ficus.extractcheck.FicusCli.ficus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.OfflineMaven;
import dev.ficus.testsupport.RunningApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ficus extract} on three candidates of the sample with different shapes:
 * {@code notifications} (only listens to events, calls back into customers),
 * {@code shipping} (called by orders, publishes OrderShipped) and {@code customers}
 * (called by orders and notifications, publishes CustomerRegistered). Each generated
 * project is built with offline Maven (the reactor's own Ficus libraries in a fresh local
 * repository, third-party artifacts read from the shared one), started beside the
 * monolith, asked over HTTP, and its generated contract test is run against both; the
 * strangler gateway starts with the generated route files. Candidates are picked by name,
 * never by rank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractedServicesIntegrationTests {

    private static final Path ROOT = Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();

    private static final String VERSION = System.getProperty("ficus.version", "0.1.0-SNAPSHOT");

    private static final Path SHARED_REPOSITORY = Path
        .of(System.getProperty("ficus.maven-repository", System.getProperty("user.home") + "/.m2/repository"));

    private static final Path LOGS = Path.of(System.getProperty("ficus.log-dir", "target/extract-logs"))
        .toAbsolutePath();

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /**
     * A request per candidate that its own controller answers, and the monolith the same
     * way.
     */
    private static final Map<String, String> OWN_ENDPOINT = new LinkedHashMap<>(
            Map.of("notifications", "/api/notifications?customerId=999999", "shipping", "/api/shipping?orderId=999999",
                    "customers", "/api/customers/999999"));

    /**
     * Under target, not a temporary folder: what was generated stays there to read after
     * a failure.
     */
    private final Path work = Path.of("target/extract-work").toAbsolutePath();

    private final Map<String, RunningApp> services = new LinkedHashMap<>();

    private RunningApp monolith;

    private RunningApp gateway;

    private final String adminToken = "extract-check-token";

    private int adminPort;

    private Path plan;

    @BeforeAll
    void extractBuildAndStart() throws Exception {
        deleteTree(work);
        Path out = work.resolve("ficus-out");
        ficus("analyze", ROOT.resolve("monolith-app").toString(), "--out", out.toString(), "--quiet");
        ficus("plan", ROOT.resolve("monolith-app").toString(), "--analysis", out.resolve("analysis.json").toString(),
                "--out", out.toString());
        plan = out.resolve("plan.json");
        for (String candidate : OWN_ENDPOINT.keySet()) {
            ficus("extract", candidate, "--plan", plan.toString(), "--out", service(candidate).toString(),
                    "--monolith-jar", ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + ".jar").toString());
            // as the generated README says: add the requests your users send
            Files.writeString(service(candidate).resolve("src/test/resources/contract/requests.txt"),
                    "GET " + OWN_ENDPOINT.get(candidate) + "\n", StandardOpenOption.APPEND);
        }
        buildGeneratedProjects();
        int monolithPort = RunningApp.freePort();
        monolith = RunningApp.start("monolith",
                ROOT.resolve("monolith-app/target/monolith-app-" + VERSION + "-exec.jar"), LOGS, monolithPort,
                "--ficus.data-dir=" + work.resolve("data/monolith"));
        for (String candidate : OWN_ENDPOINT.keySet()) {
            services.put(candidate,
                    RunningApp.start(candidate + "-service",
                            service(candidate).resolve("target/" + candidate + "-service-0.1.0-SNAPSHOT.jar"), LOGS,
                            RunningApp.freePort(), "--ficus.data-dir=" + work.resolve("data/" + candidate),
                            "--ficus.monolith.url=" + monolith.url()));
        }
        adminPort = RunningApp.freePort();
        gateway = RunningApp.start("gateway",
                ROOT.resolve("strangler-gateway/target/strangler-gateway-" + VERSION + ".jar"), LOGS,
                RunningApp.freePort(), "--ficus.gateway.monolith-url=" + monolith.url(),
                "--ficus.gateway.routes-file=" + String.join(",",
                        OWN_ENDPOINT.keySet()
                            .stream()
                            .map(c -> service(c).resolve("routes/" + c + ".properties").toString())
                            .toList()),
                "--ficus.gateway.state-file=" + work.resolve("gateway/state.json"),
                "--ficus.gateway.admin.port=" + adminPort, "--ficus.gateway.admin-token=" + adminToken);
        monolith.awaitReady("/actuator/health", START_TIMEOUT);
        for (RunningApp service : services.values()) {
            service.awaitReady("/actuator/health", START_TIMEOUT);
        }
        gateway.awaitReady("/actuator/health", START_TIMEOUT);
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (RunningApp app : new ArrayList<>(services.values())) {
            app.close();
        }
        if (monolith != null) {
            monolith.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void eachServiceAnswersWithTheCandidatesOwnController() throws Exception {
        for (Map.Entry<String, String> endpoint : OWN_ENDPOINT.entrySet()) {
            HttpResponse<String> fromService = services.get(endpoint.getKey()).get(endpoint.getValue());
            HttpResponse<String> fromMonolith = monolith.get(endpoint.getValue());

            assertThat(fromService.statusCode()).as(endpoint.getValue()).isEqualTo(fromMonolith.statusCode());
            assertThat(fromService.body()).as(endpoint.getValue()).isEqualTo(fromMonolith.body());
        }
        assertThat(services.get("notifications").get(OWN_ENDPOINT.get("notifications")).body()).isEqualTo("[]");
        assertThat(services.get("customers").get(OWN_ENDPOINT.get("customers")).statusCode()).isEqualTo(404);
    }

    @Test
    void servicesRunTheMonolithsClassesNotCopies() throws IOException {
        for (String candidate : OWN_ENDPOINT.keySet()) {
            try (Stream<Path> sources = Files.walk(service(candidate).resolve("src/main/java"))) {
                assertThat(sources.filter(file -> file.toString().endsWith(".java")))
                    .as("no class of the monolith's %s package is copied", candidate)
                    .noneMatch(file -> file.toString().contains("dev/ficus/shop/"));
            }
            assertThat(Files.readString(service(candidate).resolve("pom.xml")))
                .contains("<artifactId>monolith-app</artifactId>", "<classifier>classes-");
        }
    }

    @Test
    void generatedContractTestsFindTheSameAnswersInMonolithAndService() throws Exception {
        Map<String, OfflineMaven.Run> runs = new LinkedHashMap<>();
        for (String candidate : OWN_ENDPOINT.keySet()) {
            runs.put(candidate,
                    maven().start(service(candidate).resolve("pom.xml"), candidate + "-contract", "surefire:test",
                            "-Dficus.monolith.url=" + monolith.url(),
                            "-Dficus.service.url=" + services.get(candidate).url()));
        }
        for (Map.Entry<String, OfflineMaven.Run> run : runs.entrySet()) {
            run.getValue().assertSucceeded();
            String report = surefireReport(run.getKey());
            assertThat(attribute(report, "tests")).as(run.getKey()).isGreaterThanOrEqualTo(2);
            assertThat(attribute(report, "failures") + attribute(report, "errors") + attribute(report, "skipped"))
                .as(run.getKey() + ": %s", report)
                .isZero();
        }
    }

    @Test
    void gatewayLoadsTheGeneratedRouteFiles() throws Exception {
        RunningApp admin = gatewayAdmin();
        HttpResponse<String> routes = admin.get("/admin/routes", "Authorization", "Bearer " + adminToken);

        assertThat(routes.statusCode()).as(routes.body()).isEqualTo(200);
        assertThat(routes.body()).contains("\"notifications\"", "/api/notifications/**", "\"shipping\"",
                "/api/shipping/**", "\"customers\"", "/api/customers/**", "SHADOW");
        assertThat(Pattern.compile("\"capability\":\"([a-z0-9-]+)\"")
            .matcher(routes.body())
            .results()
            .map(m -> m.group(1)))
            .as("the route files' capabilities only: without the sample's profile the gateway declares none")
            .containsExactlyInAnyOrder("notifications", "shipping", "customers");
        HttpResponse<String> throughGateway = gateway.get(OWN_ENDPOINT.get("shipping"));
        assertThat(throughGateway.statusCode()).isEqualTo(200);
        assertThat(throughGateway.body()).isEqualTo("[]");
    }

    @Test
    void kubernetesManifestsBuildWithKustomize() throws Exception {
        for (String candidate : OWN_ENDPOINT.keySet()) {
            Path component = service(candidate).resolve("k8s/" + candidate + "-service");
            Path log = LOGS.resolve("kustomize-" + candidate + ".yaml");
            Process kustomize = new ProcessBuilder("kubectl", "kustomize",
                    withGatewayRoutes(candidate, component).toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

            assertThat(kustomize.waitFor()).as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("kind: Deployment", "kind: Service\n",
                    "kind: HorizontalPodAutoscaler", "kind: PodDisruptionBudget", "kind: NetworkPolicy",
                    "image: ficus/" + candidate + "-service:0.1.0-SNAPSHOT",
                    "service-url=http://" + candidate + "-service:");
        }
    }

    /**
     * A kustomization with the gateway's routes ConfigMap, which the generated component
     * merges its route into, and the component.
     */
    private Path withGatewayRoutes(String candidate, Path component) throws IOException {
        Path root = Files.createDirectories(work.resolve("kustomize/" + candidate));
        Files.writeString(root.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                configMapGenerator:
                  - name: strangler-gateway-routes
                    literals: [routes.yaml=]
                components:
                  - %s
                """.formatted(root.relativize(component)));
        return root;
    }

    private RunningApp gatewayAdmin() {
        return RunningApp.attached("gateway-admin", adminPort);
    }

    private OfflineMaven maven() {
        return new OfflineMaven(ROOT, work.resolve("m2"), SHARED_REPOSITORY, LOGS);
    }

    private Path service(String candidate) {
        return work.resolve("services/" + candidate + "-service");
    }

    /**
     * One Maven run over all generated projects. Ficus's own libraries come from this
     * reactor, published into a fresh local repository; every other artifact is read from
     * the shared one, which this build never writes to.
     */
    private void buildGeneratedProjects() throws Exception {
        maven().publishFicusLibraries(VERSION);
        StringBuilder modules = new StringBuilder();
        OWN_ENDPOINT.keySet()
            .forEach(candidate -> modules.append("<module>").append(candidate).append("-service</module>"));
        Files.writeString(work.resolve("services/pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>extract-check</groupId><artifactId>services</artifactId><version>1</version>
                  <packaging>pom</packaging>
                  <modules>%s</modules>
                </project>
                """.formatted(modules));
        maven().start(work.resolve("services/pom.xml"), "build", "package", "-DskipTests").assertSucceeded();
    }

    private String surefireReport(String candidate) throws IOException {
        Path reports = service(candidate).resolve("target/surefire-reports");
        try (Stream<Path> files = Files.list(reports)) {
            Path report = files.filter(file -> file.getFileName().toString().startsWith("TEST-"))
                .findFirst()
                .orElseThrow();
            return Files.readString(report);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int attribute(String report, String name) {
        Matcher matcher = Pattern.compile("<testsuite[^>]*\\s" + name + "=\"(\\d+)\"").matcher(report);
        assertThat(matcher.find()).as(name + " in " + report).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

}
