package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One request through the migrated system is one trace: the strangler gateway, the
 * monolith behind it and the inventory service the monolith's orders call each export
 * their spans over OTLP, and all three carry the trace id the client sent in its W3C
 * {@code traceparent}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceAcrossProcessesIntegrationTests {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private static final Duration EXPORT_PATIENCE = Duration.ofSeconds(30);

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "traces");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final java.util.Map<AppProcess, String> serviceNames = new java.util.IdentityHashMap<>();

    private OtlpReceiver receiver;

    private AppProcess inventory;

    private AppProcess monolith;

    private AppProcess gateway;

    @BeforeAll
    void startGatewayMonolithAndService() throws IOException {
        receiver = OtlpReceiver.start();
        List<String> tracing = List.of(
                "--management.opentelemetry.tracing.export.otlp.endpoint=" + receiver.tracesEndpoint(),
                "--management.opentelemetry.tracing.export.schedule-delay=200ms",
                "--management.tracing.sampling.probability=1.0");
        inventory = AppProcess.launch("inventory-service-traced", Deployments.inventoryJar(), logDirectory,
                with(tracing, SEED));
        monolith = AppProcess.launch("monolith-traced", Deployments.monolithJar(), logDirectory, with(tracing, SEED,
                "--ficus.extracted.inventory.url=" + inventory.baseUrl(), "--ficus.shop.payments.latency=0ms"));
        Path state = Files.createTempDirectory(logDirectory, "gateway-state-");
        gateway = AppProcess.launch("gateway-traced", Deployments.gatewayJar(), logDirectory,
                with(tracing, Deployments.GATEWAY_SHOP_PROFILE, "--ficus.gateway.monolith-url=" + monolith.baseUrl(),
                        "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                        "--management.endpoint.health.probes.enabled=true"));
        AppProcess.awaitReady(inventory, monolith, gateway);
        serviceNames.put(gateway, "strangler-gateway");
        serviceNames.put(monolith, "ficus-shop");
        serviceNames.put(inventory, "inventory-service");
    }

    @AfterAll
    void stop() {
        for (AutoCloseable part : new AutoCloseable[] { gateway, monolith, inventory, receiver }) {
            AppProcess.closeQuietly(part);
        }
    }

    @Test
    void anOrderPlacedThroughTheGatewayIsOneTraceInTheGatewayTheMonolithAndTheService() throws Exception {
        HttpResponse<String> placed = placeTracedOrder();

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Instant deadline = Instant.now().plus(EXPORT_PATIENCE);
        while (Instant.now().isBefore(deadline) && !allThreeExported()) {
            Thread.sleep(200);
        }
        assertThat(receiver.received("strangler-gateway", TRACE_ID)).as("the gateway's span").isTrue();
        assertThat(receiver.received("ficus-shop", TRACE_ID)).as("the monolith's span").isTrue();
        assertThat(receiver.received("inventory-service", TRACE_ID)).as("the inventory service's span").isTrue();
    }

    @Test
    void everyLineTheThreeProcessesLogIsJsonNamingItsServiceAndALineOfARequestCarriesItsTraceAndSpan()
            throws Exception {
        assertThat(placeTracedOrder().statusCode()).isEqualTo(201);

        // the gateway's access line and the monolith's order line carry the client's
        // trace
        assertThat(linesOfTheTrace(gateway)).anyMatch(line -> line.path("path").asString().equals("/api/orders"));
        assertThat(linesOfTheTrace(monolith)).anyMatch(line -> line.path("message").asString().contains("placed"));
        for (AppProcess process : List.of(gateway, monolith, inventory)) {
            List<String> lines = Files.readAllLines(process.logFile());
            assertThat(lines).as(process.logFile().toString()).isNotEmpty();
            for (String text : lines) {
                JsonNode line = JSON.readTree(text);
                assertThat(line.at("/service/name").asString()).as(text).isEqualTo(serviceNames.get(process));
                if (line.has("traceId")) {
                    assertThat(line.get("traceId").asString()).as(text).matches("[0-9a-f]{32}");
                    assertThat(line.get("spanId").asString()).as(text).matches("[0-9a-f]{16}");
                }
            }
        }
    }

    private HttpResponse<String> placeTracedOrder() throws IOException, InterruptedException {
        HttpRequest order = HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/orders"))
            .header("Content-Type", "application/json")
            .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"customerId\":1,\"lines\":[{\"productId\":31,\"quantity\":1}]}"))
            .build();
        return HttpClient.newHttpClient().send(order, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The JSON lines the process logged with the trace's id (every line is one object).
     */
    private static List<JsonNode> linesOfTheTrace(AppProcess process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(EXPORT_PATIENCE);
        List<JsonNode> lines = List.of();
        while (lines.isEmpty() && Instant.now().isBefore(deadline)) {
            try (java.util.stream.Stream<String> all = Files.lines(process.logFile())) {
                lines = all.filter(line -> line.startsWith("{"))
                    .map(JSON::readTree)
                    .filter(line -> TRACE_ID.equals(line.path("traceId").asString()))
                    .toList();
            }
            if (lines.isEmpty()) {
                Thread.sleep(200);
            }
        }
        return lines;
    }

    @Test
    void aTraceTheClientDidNotStartIsNotMistakenForIt() {
        assertThat(receiver.received("inventory-service", "00000000000000000000000000000001")).isFalse();
    }

    private boolean allThreeExported() {
        return receiver.received("strangler-gateway", TRACE_ID) && receiver.received("ficus-shop", TRACE_ID)
                && receiver.received("inventory-service", TRACE_ID);
    }

    private static String[] with(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

}
