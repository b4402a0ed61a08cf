package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.testsupport.TestCertificates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutual TLS between the gateway, the monolith and the inventory service
 * ({@code ficus.trust.mtls.enabled=true} and each process's {@code ficus-trust} SSL
 * bundle), with an authority and certificates made for this run: the inventory service
 * accepts the CNs strangler-gateway and monolith-app, the monolith strangler-gateway and
 * inventory-service. Real processes over loopback: requests through the gateway reach
 * both over TLS on the gateway's certificate, an order reaches the service on the
 * monolith's; a certificate from another authority is refused by the handshake, a call
 * without one is answered 401 (the probes and the scrape stay open), a certified caller
 * that is not on the list 403. The gateway's health checks of the balanced instances pass
 * over TLS too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualTlsIntegrationTests {

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private static final String BUNDLE = "ficus-trust";

    private static final String ADMIN_TOKEN = "mutual-tls-test-admin-token-0123456789";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern ORDER_ID = Pattern.compile("\"(?:id|orderId)\"\\s*:\\s*(\\d+)");

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "mtls");

    private TestCertificates authority;

    private TestCertificates otherAuthority;

    private Path monolithKey;

    private AppProcess inventory;

    private AppProcess monolith;

    private AppProcess gateway;

    private URI adminUrl;

    @BeforeAll
    void startTheThreeOnMutualTls() throws IOException {
        Path certificates = Files.createTempDirectory(Files.createDirectories(logDirectory), "certificates-");
        authority = TestCertificates.authority(certificates, "ficus-test-ca");
        otherAuthority = TestCertificates.authority(certificates, "other-ca");
        monolithKey = authority.issue("monolith-app");
        inventory = AppProcess.launchHttps("inventory-service-mtls", Deployments.inventoryJar(), logDirectory,
                authority.trustingOnly(), arguments(authority.issue("inventory-service"), SEED,
                        "--ficus.trust.mtls.callers=strangler-gateway,monolith-app"));
        monolith = AppProcess.launchHttps("monolith-mtls", Deployments.monolithJar(), logDirectory,
                authority.trustingOnly(),
                arguments(monolithKey, SEED, "--ficus.extracted.inventory.url=" + inventory.baseUrl(),
                        "--ficus.shop.payments.latency=0ms",
                        "--ficus.trust.mtls.callers=strangler-gateway,inventory-service"));
        Path state = Files.createTempDirectory(logDirectory, "gateway-state-");
        // the one inventory instance under two names, so that the gateway balances and
        // health-checks them
        gateway = AppProcess.launch("gateway-mtls", Deployments.gatewayJar(), logDirectory,
                arguments(authority.issue("strangler-gateway"), Deployments.GATEWAY_SHOP_PROFILE,
                        "--ficus.gateway.monolith-url=" + monolith.baseUrl(),
                        "--ficus.gateway.capabilities.inventory.service-urls=" + inventory.baseUrl() + ","
                                + inventoryByName(),
                        "--ficus.gateway.capabilities.inventory.mode=SERVICE",
                        "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                        "--ficus.gateway.admin-token=" + ADMIN_TOKEN,
                        "--ficus.gateway.admin-token-file=" + state.resolve("admin-token")));
        AppProcess.awaitReady(inventory, monolith, gateway);
        adminUrl = URI.create(Files.readString(state.resolve("admin-url")).strip());
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
    void theGatewayIsAnsweredByTheServiceAndTheMonolithOnItsCertificate() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        HttpResponse<String> stock = get(plain, gateway.baseUrl().resolve("/api/inventory/7"));
        HttpResponse<String> products = get(plain, gateway.baseUrl().resolve("/api/catalog/products?page=0&size=5"));

        assertThat(stock.statusCode()).as(stock.body()).isEqualTo(200);
        assertThat(stock.headers().firstValue("X-Ficus-Served-By")).hasValue("service");
        assertThat(products.statusCode()).as(products.body()).isEqualTo(200);
    }

    @Test
    void theGatewaysHealthChecksReachTheServiceOnItsCertificate() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> instances;
        do {
            Thread.sleep(200);
            HttpRequest request = HttpRequest.newBuilder(adminUrl.resolve("/admin/routes/inventory"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .build();
            JsonNode route = JSON
                .readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
            instances = route.path("instances")
                .valueStream()
                .map(instance -> instance.path("url").asString() + " " + instance.path("health").asString())
                .toList();
        }
        while (instances.stream().anyMatch(instance -> !instance.endsWith(" UP")) && Instant.now().isBefore(deadline));

        assertThat(instances).containsExactlyInAnyOrder(inventory.baseUrl() + " UP", inventoryByName() + " UP");
    }

    @Test
    void theGatewaysShadowCallsReachTheServiceOnItsCertificate() throws Exception {
        long compared = shadowReport().path("compared").asLong();
        long failed = shadowReport().path("failed").asLong();
        routeInventory("SHADOW");
        try {
            for (int read = 0; read < 3; read++) {
                HttpResponse<String> stock = get(HttpClient.newHttpClient(),
                        gateway.baseUrl().resolve("/api/inventory/7"));
                assertThat(stock.statusCode()).as(stock.body()).isEqualTo(200);
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (shadowReport().path("compared").asLong() < compared + 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
        }
        finally {
            routeInventory("SERVICE");
        }

        JsonNode report = shadowReport();
        assertThat(report.path("compared").asLong()).as(report.toString()).isEqualTo(compared + 3);
        assertThat(report.path("failed").asLong()).as(report.toString()).isEqualTo(failed);
    }

    @Test
    void anOrderThroughTheGatewayReachesTheInventoryServiceOnTheMonolithsCertificate() throws Exception {
        HttpRequest order = HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/orders"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"customerId\":1,\"lines\":[{\"productId\":31,\"quantity\":1}]}"))
            .build();

        HttpResponse<String> placed = HttpClient.newHttpClient().send(order, HttpResponse.BodyHandlers.ofString());

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher id = ORDER_ID.matcher(placed.body());
        assertThat(id.find()).as(placed.body()).isTrue();
        HttpResponse<String> reservation = get(client(authority.context(monolithKey)),
                inventory.baseUrl().resolve("/api/inventory/reservations/" + id.group(1)));
        assertThat(reservation.statusCode())
            .as("the monolith reserved the stock on the service: %s", reservation.body())
            .isEqualTo(200);
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefusedByTheHandshake() {
        // the impostor trusts the servers, so only a server can end the handshake
        HttpClient impostor = client(TestCertificates.context(otherAuthority.issue("monolith-app"), authority));

        assertThatThrownBy(() -> get(impostor, inventory.baseUrl().resolve("/api/inventory/7")))
            .isInstanceOf(SSLException.class);
        assertThatThrownBy(() -> get(impostor, monolith.baseUrl().resolve("/api/catalog/products?page=0&size=5")))
            .isInstanceOf(SSLException.class);
    }

    @Test
    void withoutACertificateTheApiIsRefusedAndTheProbesAndTheScrapeAnswer() throws Exception {
        HttpClient anonymous = client(authority.trustingOnly());

        assertThat(get(anonymous, inventory.baseUrl().resolve("/api/inventory/7")).statusCode()).isEqualTo(401);
        assertThat(get(anonymous, monolith.baseUrl().resolve("/api/catalog/products?page=0&size=5")).statusCode())
            .isEqualTo(401);
        assertThat(get(anonymous, inventory.baseUrl().resolve("/actuator/health/readiness")).statusCode())
            .isEqualTo(200);
        assertThat(get(anonymous, inventory.baseUrl().resolve("/actuator/prometheus")).statusCode()).isEqualTo(200);
    }

    @Test
    void aCertifiedCallerNotOnTheListIsForbidden() throws Exception {
        HttpClient catalog = client(authority.context(authority.issue("catalog-service")));
        HttpClient monolithItself = client(authority.context(monolithKey));

        assertThat(get(catalog, inventory.baseUrl().resolve("/api/inventory/7")).statusCode()).isEqualTo(403);
        assertThat(get(monolithItself, monolith.baseUrl().resolve("/api/catalog/products?page=0&size=5")).statusCode())
            .as("the monolith is not on its own allow-list")
            .isEqualTo(403);
    }

    private JsonNode shadowReport() throws IOException, InterruptedException {
        return JSON.readTree(admin("GET", "/admin/shadow/inventory", HttpRequest.BodyPublishers.noBody()).body());
    }

    private void routeInventory(String mode) throws IOException, InterruptedException {
        HttpResponse<String> changed = admin("PUT", "/admin/routes/inventory",
                HttpRequest.BodyPublishers.ofString("{\"mode\":\"" + mode + "\",\"weight\":0}"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private HttpResponse<String> admin(String method, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(adminUrl.resolve(path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The inventory service's URL with the host name its certificate also carries. */
    private URI inventoryByName() {
        return URI.create("https://localhost:" + inventory.port());
    }

    private String[] arguments(Path key, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--ficus.trust.mtls.enabled=true"));
        arguments.addAll(authority.bundleArguments(BUNDLE, key));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
