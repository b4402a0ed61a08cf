package dev.ficus.contract;

import dev.ficus.startup.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monolith with the switch on ({@code ficus.extracted.catalog.url} and
 * {@code ficus.extracted.inventory.url}): a monolith process whose order process prices
 * through the catalog service and reserves, commits and releases stock in an inventory
 * service of its own (own process, own database), which the tests stop and start again.
 * The in-process monolith of the contract run is the reference for errors.
 */
@ExtendWith(DeploymentsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractedInventorySwitchIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private final ContractClient client = new ContractClient(JSON);

    private Deployments deployments;

    private int inventoryPort;

    private AppProcess inventory;

    private AppProcess switched;

    @BeforeAll
    void startMonolithCallingServices(Deployments deployments) throws IOException {
        this.deployments = deployments;
        AppProcess catalog = deployments.catalogService();
        inventoryPort = FreePorts.next();
        inventory = startInventory("inventory-service-behind-switch");
        switched = AppProcess.start("monolith-switched", Deployments.monolithJar(), deployments.logDirectory(), SEED,
                "--ficus.extracted.catalog.url=" + catalog.baseUrl(),
                "--ficus.extracted.inventory.url=" + inventory.baseUrl(), "--ficus.extracted.circuit-open-for=3s",
                "--ficus.shop.payments.latency=0ms");
    }

    @AfterAll
    void stop() {
        if (switched != null) {
            switched.close();
        }
        if (inventory != null) {
            inventory.close();
        }
    }

    @Test
    @Order(1)
    void placingAnOrderReservesAndCommitsStockInTheServiceNotInTheMonolith() {
        JsonNode monolithStockBefore = get(switched, "/api/inventory/21").body();
        JsonNode serviceStockBefore = get(inventory, "/api/inventory/21").body();

        Answer placed = placeOrder(switched, 21, 2);

        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        long orderId = placed.body().get("id").asLong();
        JsonNode reservation = await(() -> get(inventory, "/api/inventory/reservations/" + orderId),
                answer -> answer.status() == 200 && "COMMITTED".equals(answer.body().get("status").asString()),
                "the service's reservation of order " + orderId + " to be committed after shipping")
            .body();
        assertThat(reservation.get("lines").toString()).isEqualTo("[{\"productId\":21,\"quantity\":2}]");
        JsonNode serviceStockAfter = get(inventory, "/api/inventory/21").body();
        assertThat(serviceStockAfter.get("onHand").asInt()).isEqualTo(serviceStockBefore.get("onHand").asInt() - 2);
        assertThat(serviceStockAfter.get("reserved").asInt()).isEqualTo(serviceStockBefore.get("reserved").asInt());
        assertThat(get(switched, "/api/inventory/21").body()).isEqualTo(monolithStockBefore);
        assertThat(get(switched, "/api/inventory/reservations/" + orderId).status()).isEqualTo(404);
        assertThat(await(() -> get(switched, "/api/orders/" + orderId),
                answer -> "SHIPPED".equals(answer.body().path("status").asString()), "order to ship")
            .status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void anOrderForTooMuchStockGetsTheSameConflictAsInProcess() {
        Answer remote = placeOrder(switched, 22, 1000);
        Answer inProcess = placeOrder(deployments.monolith(), 22, 1000);

        assertThat(remote.status()).isEqualTo(409);
        assertThat(JsonDifferences.between(inProcess.body(), remote.body())).isEmpty();
        assertThat(remote.body().get("detail").asString())
            .startsWith("Insufficient stock for product 22: requested 1000");
    }

    @Test
    @Order(3)
    void withTheServiceStoppedTheCircuitOpensAndOrdersFailFastWith503() throws IOException, InterruptedException {
        inventory.close();

        Answer first = placeOrder(switched, 23, 1);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(503);
        assertThat(first.body().get("detail").asString()).startsWith("The inventory service is unavailable");

        Answer open = await(() -> placeOrder(switched, 23, 1),
                answer -> answer.body().path("detail").asString().contains("circuit open"), "the circuit to open");
        Instant start = Instant.now();
        Answer failedFast = placeOrder(switched, 23, 1);
        Duration took = Duration.between(start, Instant.now());

        assertThat(open.status()).isEqualTo(503);
        assertThat(failedFast.status()).isEqualTo(503);
        assertThat(failedFast.body().get("detail").asString())
            .isEqualTo("The inventory service is unavailable: circuit open, not called");
        assertThat(failedFast.body().get("title").asString()).isEqualTo("Service Unavailable");
        // no connection is even tried: far below the 1 s connect plus 3 s read timeout of
        // one attempt
        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(retryAfterOfAnOrder(switched)).as("Retry-After of a refused order").isEqualTo("3");
    }

    @Test
    @Order(4)
    void ordersGoThroughAgainOnceTheServiceIsBack() {
        inventory = startInventory("inventory-service-behind-switch-restarted");

        Answer placed = await(() -> placeOrder(switched, 24, 1), answer -> answer.status() == 201,
                "an order to go through after the service came back");

        long orderId = placed.body().get("id").asLong();
        assertThat(get(inventory, "/api/inventory/reservations/" + orderId).status()).isEqualTo(200);
    }

    private AppProcess startInventory(String name) {
        return AppProcess.startOn(inventoryPort, name, Deployments.inventoryJar(), deployments.logDirectory(), SEED);
    }

    private Answer placeOrder(AppProcess target, long productId, int quantity) {
        String body = "{\"customerId\":1,\"lines\":[{\"productId\":" + productId + ",\"quantity\":" + quantity + "}]}";
        return client.send(target, ContractCase.send("placeOrder", "POST", "/api/orders", body, 201));
    }

    /** The {@code Retry-After} header of placing an order, or {@code "none"}. */
    private static String retryAfterOfAnOrder(AppProcess target) throws IOException, InterruptedException {
        HttpRequest order = HttpRequest.newBuilder(target.baseUrl().resolve("/api/orders"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers
                .ofString("{\"customerId\":1,\"lines\":[{\"productId\":23,\"quantity\":1}]}"))
            .build();
        return HttpClient.newHttpClient()
            .send(order, HttpResponse.BodyHandlers.discarding())
            .headers()
            .firstValue("Retry-After")
            .orElse("none");
    }

    private Answer get(AppProcess target, String path) {
        return client.send(target, ContractCase.get("get", path, 200));
    }

    /**
     * Asks again every 250 ms until the answer is as expected or {@link #PATIENCE} ran
     * out.
     */
    private static Answer await(Supplier<Answer> ask, Predicate<Answer> expected, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Answer last = ask.get();
        while (!expected.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what + "; last answer " + last);
            }
            try {
                Thread.sleep(250);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
            last = ask.get();
        }
        return last;
    }

}
