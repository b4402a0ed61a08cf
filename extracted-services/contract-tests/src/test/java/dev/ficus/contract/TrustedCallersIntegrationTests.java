package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Service-to-service trust on one machine ({@code ficus.trust.*}): the inventory service
 * accepts only the strangler gateway and the monolith, the monolith only the gateway and
 * the inventory service, each proving its name with its own token, while the probes stay
 * open. Real processes over loopback: an order placed through the gateway goes gateway →
 * monolith → inventory service on the callers' identities; a direct call with no
 * identity, an unknown caller, or a known caller with another's token is refused with
 * 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustedCallersIntegrationTests {

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private static final Pattern ORDER_ID = Pattern.compile("\"(?:id|orderId)\"\\s*:\\s*(\\d+)");

    private static final String CALLER = "X-Ficus-Caller";

    private static final String TOKEN = "X-Ficus-Caller-Token";

    private final String gatewayToken = UUID.randomUUID().toString();

    private final String monolithToken = UUID.randomUUID().toString();

    private final String inventoryToken = UUID.randomUUID().toString();

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "trust");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess inventory;

    private AppProcess monolith;

    private AppProcess gateway;

    @BeforeAll
    void startTheThreeWithTheirAllowLists() throws IOException {
        inventory = AppProcess.launch("inventory-service-trusting", Deployments.inventoryJar(), logDirectory, SEED,
                "--ficus.trust.enabled=true", "--ficus.trust.callers.strangler-gateway=" + gatewayToken,
                "--ficus.trust.callers.monolith-app=" + monolithToken, "--ficus.trust.caller=inventory-service",
                "--ficus.trust.token=" + inventoryToken);
        monolith = AppProcess.launch("monolith-trusting", Deployments.monolithJar(), logDirectory, SEED,
                "--ficus.extracted.inventory.url=" + inventory.baseUrl(), "--ficus.shop.payments.latency=0ms",
                "--ficus.trust.enabled=true", "--ficus.trust.callers.strangler-gateway=" + gatewayToken,
                "--ficus.trust.callers.inventory-service=" + inventoryToken, "--ficus.trust.caller=monolith-app",
                "--ficus.trust.token=" + monolithToken);
        Path state = Files.createTempDirectory(Files.createDirectories(logDirectory), "gateway-state-");
        gateway = AppProcess.launch("gateway-trusted", Deployments.gatewayJar(), logDirectory,
                Deployments.GATEWAY_SHOP_PROFILE, "--ficus.gateway.monolith-url=" + monolith.baseUrl(),
                "--ficus.gateway.capabilities.inventory.service-url=" + inventory.baseUrl(),
                "--ficus.gateway.capabilities.inventory.mode=SERVICE",
                "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                "--ficus.trust.caller=strangler-gateway", "--ficus.trust.token=" + gatewayToken);
        AppProcess.awaitReady(inventory, monolith, gateway);
    }

    @AfterAll
    void stop() {
        for (AppProcess part : new AppProcess[] { gateway, monolith, inventory }) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void theGatewayIsAnsweredByTheServiceAndTheMonolith() throws Exception {
        HttpResponse<String> stock = get(gateway.baseUrl().resolve("/api/inventory/7"));
        HttpResponse<String> products = get(gateway.baseUrl().resolve("/api/catalog/products?page=0&size=5"));

        assertThat(stock.statusCode()).as(stock.body()).isEqualTo(200);
        assertThat(stock.headers().firstValue("X-Ficus-Served-By")).hasValue("service");
        assertThat(products.statusCode()).as(products.body()).isEqualTo(200);
    }

    @Test
    void anOrderThroughTheGatewayReachesTheInventoryServiceAsTheMonolith() throws Exception {
        HttpRequest order = HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/orders"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"customerId\":1,\"lines\":[{\"productId\":31,\"quantity\":1}]}"))
            .build();

        HttpResponse<String> placed = http.send(order, HttpResponse.BodyHandlers.ofString());

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher id = ORDER_ID.matcher(placed.body());
        assertThat(id.find()).as(placed.body()).isTrue();
        HttpResponse<String> reservation = get(
                inventory.baseUrl().resolve("/api/inventory/reservations/" + id.group(1)), "monolith-app",
                monolithToken);
        assertThat(reservation.statusCode())
            .as("the monolith reserved the stock on the service: %s", reservation.body())
            .isEqualTo(200);
    }

    @Test
    void anAllowedCallerWithItsTokenIsAnswered() throws Exception {
        assertThat(get(inventory.baseUrl().resolve("/api/inventory/7"), "monolith-app", monolithToken).statusCode())
            .isEqualTo(200);
    }

    @Test
    void aCallWithoutIdentityAnUnknownCallerAndABorrowedTokenAreRefused() throws Exception {
        URI stock = inventory.baseUrl().resolve("/api/inventory/7");

        assertThat(get(stock).statusCode()).isEqualTo(401);
        assertThat(get(stock, "orders-service", gatewayToken).statusCode()).isEqualTo(401);
        assertThat(get(stock, "monolith-app", gatewayToken).statusCode()).isEqualTo(401);
        assertThat(get(stock, "strangler-gateway", "").statusCode()).isEqualTo(401);
        assertThat(get(monolith.baseUrl().resolve("/api/catalog/products?page=0&size=5")).statusCode()).isEqualTo(401);
        assertThat(get(monolith.baseUrl().resolve("/api/catalog/products?page=0&size=5"), "monolith-app", monolithToken)
            .statusCode()).as("the monolith is not on its own allow-list").isEqualTo(401);
    }

    @Test
    void aClientCannotSpeakAsACallerThroughTheGateway() throws Exception {
        HttpResponse<String> spoofed = get(gateway.baseUrl().resolve("/api/inventory/7"), "orders-service", "guess");

        assertThat(spoofed.statusCode()).as("the gateway replaces the headers with its own identity").isEqualTo(200);
    }

    @Test
    void theProbesAndTheScrapeStayOpen() throws Exception {
        assertThat(get(inventory.baseUrl().resolve("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        assertThat(get(inventory.baseUrl().resolve("/actuator/prometheus")).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri, String caller, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header(CALLER, caller)
            .header(TOKEN, token)
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
