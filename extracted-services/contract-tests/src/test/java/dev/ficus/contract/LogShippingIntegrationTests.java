package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.ficus.contract.ElasticsearchBulkReceiver.Indexed;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The committed log shipping configuration
 * ({@code deploy/monitoring/rsyslog-ficus.conf}), unchanged, run by a real rsyslog as an
 * unprivileged foreground process: it tails the files a gateway and the monolith behind
 * it write their standard output to and sends every JSON line, as a document, to an
 * Elasticsearch {@code _bulk} endpoint (an in-test receiver). Runs where an
 * {@code rsyslogd} binary is on the machine (CI installs Debian's {@code rsyslog} and
 * {@code rsyslog-elasticsearch}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogShippingIntegrationTests {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String GATEWAY = "strangler-gateway";

    private static final String MONOLITH = "ficus-shop";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "shipping");

    private ElasticsearchBulkReceiver elasticsearch;

    private AppProcess monolith;

    private AppProcess gateway;

    private Process shipper;

    private Path shipperHome;

    @BeforeAll
    void startGatewayMonolithAndShipper() throws IOException {
        Path binary = Path.of(System.getProperty("ficus.contract.rsyslogd", "/usr/sbin/rsyslogd"));
        assumeThat(Files.isExecutable(binary)).as("an rsyslogd binary at " + binary).isTrue();
        elasticsearch = ElasticsearchBulkReceiver.start();
        monolith = AppProcess.launch("monolith-shipped", Deployments.monolithJar(), logDirectory,
                "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS, "--ficus.shop.payments.latency=0ms");
        Path state = Files.createTempDirectory(logDirectory, "gateway-state-");
        gateway = AppProcess.launch("gateway-shipped", Deployments.gatewayJar(), logDirectory,
                Deployments.GATEWAY_SHOP_PROFILE, "--ficus.gateway.monolith-url=" + monolith.baseUrl(),
                "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                "--management.endpoint.health.probes.enabled=true");
        AppProcess.awaitReady(monolith, gateway);
        shipper = startShipper(binary);
    }

    @AfterAll
    void stop() {
        if (shipper != null) {
            shipper.destroy();
        }
        for (AutoCloseable part : new AutoCloseable[] { gateway, monolith, elasticsearch }) {
            AppProcess.closeQuietly(part);
        }
    }

    @Test
    void theShipperSendsEveryJsonLineOfTheGatewayAndTheMonolithWithServiceNameTraceAndSpan() throws Exception {
        assertThat(ProcessHandle.of(shipper.pid()).map(LogShippingIntegrationTests::uid))
            .as("rsyslogd runs unprivileged")
            .hasValueSatisfying(uid -> assertThat(uid).isNotEqualTo("0"));

        HttpResponse<String> placed = placeTracedOrder();

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        awaitShipped(() -> !documentsOfTheTrace(GATEWAY).isEmpty() && !documentsOfTheTrace(MONOLITH).isEmpty());
        assertThat(documentsOfTheTrace(GATEWAY)).as("the gateway's access line of the order, as shipped")
            .anyMatch(document -> "/api/orders".equals(document.path("path").asString()));
        assertThat(documentsOfTheTrace(MONOLITH)).as("the monolith's line of the order, as shipped")
            .anyMatch(document -> document.path("message").asString().contains("placed"));
        for (AppProcess process : List.of(gateway, monolith)) {
            long written = jsonLines(process);
            awaitShipped(() -> shippedFrom(process).size() >= written);
            assertThat(shippedFrom(process)).as("documents shipped from " + process.logFile())
                .hasSizeGreaterThanOrEqualTo((int) written);
        }
        List<Indexed> all = elasticsearch.documents();
        assertThat(all).extracting(Indexed::index).containsOnly("ficus-logs");
        assertThat(all).extracting(indexed -> indexed.document().at("/service/name").asString())
            .containsOnly(GATEWAY, MONOLITH);
        assertThat(all).filteredOn(indexed -> indexed.document().has("traceId"))
            .allSatisfy(indexed -> assertThat(indexed.document().path("spanId").asString()).as(indexed.toString())
                .matches("[0-9a-f]{16}"));
    }

    private HttpResponse<String> placeTracedOrder() throws IOException, InterruptedException {
        HttpRequest order = HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/orders"))
            .header("Content-Type", "application/json")
            .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"customerId\":1,\"lines\":[{\"productId\":17,\"quantity\":1}]}"))
            .build();
        return HttpClient.newHttpClient().send(order, HttpResponse.BodyHandlers.ofString());
    }

    /** The shipped documents of one service with the order's trace id and a span id. */
    private List<JsonNode> documentsOfTheTrace(String serviceName) {
        return elasticsearch.documents()
            .stream()
            .map(Indexed::document)
            .filter(document -> serviceName.equals(document.at("/service/name").asString()))
            .filter(document -> TRACE_ID.equals(document.path("traceId").asString()))
            .filter(document -> document.path("spanId").asString().matches("[0-9a-f]{16}"))
            .toList();
    }

    private List<Indexed> shippedFrom(AppProcess process) {
        String path = process.logFile().toAbsolutePath().toString();
        return elasticsearch.documents()
            .stream()
            .filter(indexed -> path.equals(indexed.document().at("/log/file/path").asString()))
            .toList();
    }

    private static long jsonLines(AppProcess process) throws IOException {
        try (Stream<String> lines = Files.lines(process.logFile())) {
            return lines.filter(line -> line.startsWith("{")).count();
        }
    }

    /**
     * Starts rsyslogd in the foreground with the committed configuration, its state (read
     * positions, queue, pid file) in a directory of this test, tailing the processes' log
     * files and sending to the receiver. Started by root (as in a container), it runs as
     * {@code nobody}: it needs no privilege.
     */
    private Process startShipper(Path binary) throws IOException {
        shipperHome = Files.createTempDirectory(logDirectory, "rsyslog-");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipal nobody = shipperHome.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName("nobody");
            Files.setOwner(shipperHome, nobody);
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        Path config = Path.of(System.getProperty("ficus.contract.monitoring-dir", "../../deploy/monitoring"))
            .resolve("rsyslog-ficus.conf");
        command.addAll(List.of(binary.toString(), "-n", "-f", config.toAbsolutePath().toString(), "-i",
                shipperHome.resolve("rsyslogd.pid").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(shipperHome.resolve("rsyslogd.out").toFile());
        builder.environment().put("FICUS_LOG_FILES", logDirectory.toAbsolutePath().resolve("*.log").toString());
        builder.environment().put("FICUS_SHIPPER_STATE", shipperHome.toAbsolutePath().toString());
        builder.environment().put("FICUS_ELASTICSEARCH", elasticsearch.url().toString());
        Process process = builder.start();
        awaitShipped(() -> !elasticsearch.documents().isEmpty() || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    "rsyslogd exited with " + process.exitValue() + "; see " + shipperHome.resolve("rsyslogd.out"));
        }
        return process;
    }

    /** Waits, up to {@link #PATIENCE}, until {@code done}. */
    private static void awaitShipped(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The real user id of a running process, from {@code /proc}. */
    private static String uid(ProcessHandle process) {
        try (Stream<String> status = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return status.filter(line -> line.startsWith("Uid:")).findFirst().orElse("Uid: ?").split("\\s+")[1];
        }
        catch (IOException ex) {
            return "?";
        }
    }

}
