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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strangler gateway balances the inventory capability over two instances of the
 * inventory service, each its own process; one is killed as {@code kill -9} does in the
 * middle of a bounded run of reads, and at most one read in a thousand fails. The admin
 * API then shows the killed instance down. The instance that survives is the run's shared
 * inventory-service (one start fewer); its reads are counted from before the load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DeploymentsExtension.class)
class LoadBalancedInventoryIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private static final String TOKEN = "load-balancing-test-token-0123456789";

    private static final int READS = 3_000;

    private static final int KILL_AFTER = 1_000;

    private static final int CLIENTS = 4;

    private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);

    private static final Pattern INVENTORY_REQUESTS = Pattern
        .compile("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/inventory[^\"]*\".*} ([0-9.eE+]+)$");

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "load-balancing");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess first;

    private AppProcess second;

    private AppProcess gateway;

    private URI adminUrl;

    @BeforeAll
    void startTwoInstancesBehindTheGateway(Deployments deployments) throws IOException {
        first = AppProcess.launch("inventory-service-1", Deployments.inventoryJar(), logDirectory, SEED);
        second = deployments.inventoryService();
        Path state = Files.createTempDirectory(Files.createDirectories(logDirectory), "gateway-state-");
        gateway = AppProcess.launch("gateway-balancing", Deployments.gatewayJar(), logDirectory,
                Deployments.GATEWAY_SHOP_PROFILE,
                // no monolith: reads of service-owned data never fall back, so every
                // failure counts
                "--ficus.gateway.monolith-url=http://127.0.0.1:9",
                "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                "--ficus.gateway.admin-token=" + TOKEN,
                "--ficus.gateway.admin-token-file=" + state.resolve("admin-token"),
                "--ficus.gateway.capabilities.inventory.mode=SERVICE",
                "--ficus.gateway.capabilities.inventory.service-urls=" + first.baseUrl() + "," + second.baseUrl(),
                "--ficus.gateway.dashboard.health-every=0s");
        AppProcess.awaitReady(first, gateway);
        adminUrl = URI.create(Files.readString(state.resolve("admin-url")).strip());
    }

    @AfterAll
    void stop() {
        // the second is the run's shared instance: Deployments stops it after the last
        // test
        for (AppProcess process : new AppProcess[] { gateway, first }) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    void anInstanceKilledUnderLoadCostsAtMostOneReadInAThousandAndShowsDown() throws Exception {
        long secondAtStart = inventoryRequests(second);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Instant deadline = Instant.now().plus(LOAD_LIMIT);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                for (int read = sent.incrementAndGet(); read <= READS
                        && Instant.now().isBefore(deadline); read = sent.incrementAndGet()) {
                    (read(1 + read % Deployments.SEEDED_PRODUCTS) ? succeeded : failed).incrementAndGet();
                }
            });
        }
        while (succeeded.get() + failed.get() < KILL_AFTER && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        long firstBefore = inventoryRequests(first);
        long secondBefore = inventoryRequests(second) - secondAtStart;
        first.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(LOAD_LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        int reads = succeeded.get() + failed.get();
        System.out.printf(
                "load balancing: %d reads, %d failed (%.2f per 1,000) with one of two instances killed "
                        + "after %d; before the kill the instances served %d and %d%n",
                reads, failed.get(), 1000.0 * failed.get() / reads, KILL_AFTER, firstBefore, secondBefore);
        assertThat(reads).as("reads done within " + LOAD_LIMIT).isEqualTo(READS);
        assertThat(failed.get() * 1000L).as("failed reads per 1,000").isLessThanOrEqualTo(reads);
        assertThat(firstBefore).as("reads served by the first instance before the kill").isGreaterThan(100);
        assertThat(secondBefore).as("reads served by the second instance before the kill").isGreaterThan(100);
        assertThat(instanceHealth()).containsExactly(first.baseUrl() + " DOWN", second.baseUrl() + " UP");
    }

    /** Whether a read through the gateway was answered with the stock level. */
    private boolean read(int productId) {
        HttpRequest request = HttpRequest.newBuilder(gateway.baseUrl().resolve("/api/inventory/" + productId))
            .timeout(Duration.ofSeconds(10))
            .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"onHand\"");
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Requests to its inventory endpoints an instance has counted. */
    private long inventoryRequests(AppProcess instance) throws IOException, InterruptedException {
        String scrape = http
            .send(HttpRequest.newBuilder(instance.baseUrl().resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString())
            .body();
        Matcher counts = INVENTORY_REQUESTS.matcher(scrape);
        long total = 0;
        while (counts.find()) {
            total += (long) Double.parseDouble(counts.group(1));
        }
        return total;
    }

    /**
     * The inventory instances as the admin API shows them, once the killed one is seen
     * down (or after ten seconds).
     */
    private List<String> instanceHealth() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> instances;
        do {
            HttpRequest request = HttpRequest.newBuilder(adminUrl.resolve("/admin/routes/inventory"))
                .header("Authorization", "Bearer " + TOKEN)
                .build();
            JsonNode route = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            instances = route.path("instances")
                .valueStream()
                .map(instance -> instance.path("url").asString() + " " + instance.path("health").asString())
                .toList();
            Thread.sleep(200);
        }
        while (!instances.contains(first.baseUrl() + " DOWN") && Instant.now().isBefore(deadline));
        return instances;
    }

}
