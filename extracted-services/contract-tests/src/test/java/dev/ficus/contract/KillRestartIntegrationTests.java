package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default is durable: each application, started on its own data directory,
 * takes writes from several clients at once, is killed as {@code kill -9} does while
 * writes are in flight, and started again on the same directory. Every write it
 * acknowledged is there afterwards, and the ids it hands out next were never handed out
 * before.
 */
@ExtendWith(DeploymentsExtension.class)
class KillRestartIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int WRITERS = 3;

    private static final int ACKNOWLEDGED_BEFORE_KILL = 45;

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private final ContractClient client = new ContractClient(JSON);

    @Test
    void monolithKeepsEveryAcknowledgedProductCustomerAndOrderAndReusesNoId(Deployments deployments) {
        List<Kind> kinds = List.of(Kind.PRODUCT, Kind.CUSTOMER, Kind.ORDER);
        killedAndRestarted(deployments, "monolith", Deployments.monolithJar(), kinds);
    }

    @Test
    void catalogServiceKeepsEveryAcknowledgedProductAndReusesNoId(Deployments deployments) {
        killedAndRestarted(deployments, "catalog-service", Deployments.catalogJar(), List.of(Kind.PRODUCT));
    }

    @Test
    void inventoryServiceKeepsEveryAcknowledgedReservationAndStockLevel(Deployments deployments) {
        killedAndRestarted(deployments, "inventory-service", Deployments.inventoryJar(),
                List.of(Kind.RESERVATION, Kind.STOCK_LEVEL));
    }

    private void killedAndRestarted(Deployments deployments, String name, Path jar, List<Kind> kinds) {
        Path dataDirectory = dataDirectory(deployments, name);
        String dataDir = AppProcess.DATA_DIR_ARGUMENT + dataDirectory;
        List<Written> acknowledged;
        try (AppProcess first = AppProcess.start(name + "-before-kill", jar, deployments.logDirectory(), SEED,
                dataDir)) {
            acknowledged = writeUntilKilled(first, kinds);
        }

        try (AppProcess restarted = AppProcess.start(name + "-after-kill", jar, deployments.logDirectory(), SEED,
                dataDir)) {
            List<Written> missing = acknowledged.stream().filter(written -> !isStored(restarted, written)).toList();
            assertThat(missing).as("acknowledged writes missing after kill -9").isEmpty();
            for (Kind kind : kinds.stream().filter(Kind::generatesIds).toList()) {
                Map<Long, Written> before = acknowledged.stream()
                    .filter(written -> written.kind() == kind)
                    .collect(Collectors.toMap(Written::id, written -> written));
                Answer created = client.send(restarted, kind.create(1_000_000 + before.size()));
                assertThat(created.status()).as(created.body().toString()).isEqualTo(kind.createdStatus());
                long newId = created.body().get("id").asLong();
                assertThat(before).as(kind + " id " + newId + " after restart").doesNotContainKey(newId);
                assertThat(newId).isGreaterThan(before.keySet().stream().mapToLong(Long::longValue).max().orElse(0));
            }
            System.out.printf("%s: %d writes acknowledged before kill -9 (%s), all %d found after restart%n", name,
                    acknowledged.size(),
                    acknowledged.stream().collect(Collectors.groupingBy(Written::kind, Collectors.counting())),
                    acknowledged.size() - missing.size());
        }
    }

    /**
     * Several clients write until enough was acknowledged; the process is killed while
     * they go on writing.
     */
    private List<Written> writeUntilKilled(AppProcess app, List<Kind> kinds) {
        Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int writer = 0; writer < WRITERS; writer++) {
            writers.submit(() -> {
                while (!killed.get()) {
                    int number = sequence.incrementAndGet();
                    Kind kind = kinds.get(number % kinds.size());
                    try {
                        Answer answer = client.send(app, kind.create(number));
                        if (answer.status() == kind.createdStatus()) {
                            acknowledged.add(new Written(kind, number, kind.id(answer.body(), number)));
                        }
                    }
                    catch (IllegalStateException e) {
                        return; // the process is gone: this write was never acknowledged
                    }
                }
            });
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
            pause();
        }
        app.kill();
        killed.set(true);
        writers.shutdown();
        try {
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(acknowledged).as("writes acknowledged before the kill")
            .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        return new ArrayList<>(acknowledged);
    }

    private boolean isStored(AppProcess app, Written written) {
        Answer answer = client.send(app, ContractCase.get("read", written.kind().path(written), 200));
        return answer.status() == 200 && written.kind().matches(answer.body(), written);
    }

    private static Path dataDirectory(Deployments deployments, String name) {
        try {
            Files.createDirectories(deployments.logDirectory());
            return Files.createTempDirectory(deployments.logDirectory(), name + "-kill-data-");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One acknowledged write: what was sent (by its number) and the id the application
     * gave it.
     */
    private record Written(Kind kind, int number, long id) {
    }

    /**
     * A kind of write, how to make the {@code n}-th one and how to recognise it when read
     * back.
     */
    private enum Kind {

        PRODUCT(201, true, n -> ContractCase.send(
                "createProduct", "POST", "/api/catalog/products", "{\"sku\":\"KILL-" + n + "\",\"name\":\"Durable " + n
                        + "\",\"category\":\"Durability\"," + "\"price\":{\"amount\":1.50,\"currency\":\"EUR\"}}",
                201)) {

            @Override
            String path(Written written) {
                return "/api/catalog/products/" + written.id();
            }

            @Override
            boolean matches(JsonNode body, Written written) {
                return ("KILL-" + written.number()).equals(body.path("sku").asString());
            }
        },

        CUSTOMER(201, true, n -> ContractCase.send("registerCustomer", "POST", "/api/customers",
                "{\"name\":\"Durable " + n + "\",\"email\":\"kill-" + n + "@example.com\"}", 201)) {

            @Override
            String path(Written written) {
                return "/api/customers/" + written.id();
            }

            @Override
            boolean matches(JsonNode body, Written written) {
                return ("kill-" + written.number() + "@example.com").equals(body.path("email").asString());
            }
        },

        ORDER(201, true, n -> ContractCase.send("placeOrder", "POST", "/api/orders",
                "{\"customerId\":" + (1 + n % 5) + ",\"lines\":[{\"productId\":" + (50 + n % 50) + ",\"quantity\":1}]}",
                201)) {

            @Override
            String path(Written written) {
                return "/api/orders/" + written.id();
            }

            @Override
            boolean matches(JsonNode body, Written written) {
                return body.path("customerId").asLong() == 1 + written.number() % 5;
            }
        },

        RESERVATION(200, false, n -> ContractCase.send("reserve", "POST", "/api/inventory/reservations",
                "{\"orderId\":" + (700_000 + n) + ",\"lines\":[{\"productId\":" + (1 + n % 40) + ",\"quantity\":1}]}",
                200)) {

            @Override
            String path(Written written) {
                return "/api/inventory/reservations/" + written.id();
            }

            @Override
            boolean matches(JsonNode body, Written written) {
                return body.path("lines").path(0).path("productId").asLong() == 1 + written.number() % 40;
            }

            @Override
            long id(JsonNode body, int number) {
                return body.get("orderId").asLong();
            }
        },

        /**
         * Stock of products 41 to 100 set to values that only grow, so the last
         * acknowledged one is a floor.
         */
        STOCK_LEVEL(200, false, n -> ContractCase.send("setStock", "PUT", "/api/inventory/" + (41 + n % 60),
                "{\"onHand\":" + (1000 + n) + "}", 200)) {

            @Override
            String path(Written written) {
                return "/api/inventory/" + written.id();
            }

            @Override
            boolean matches(JsonNode body, Written written) {
                return body.path("onHand").asInt() >= 1000 + written.number();
            }

            @Override
            long id(JsonNode body, int number) {
                return body.get("productId").asLong();
            }
        };

        private final int createdStatus;

        private final boolean generatesIds;

        private final IntFunction<ContractCase> create;

        Kind(int createdStatus, boolean generatesIds, IntFunction<ContractCase> create) {
            this.createdStatus = createdStatus;
            this.generatesIds = generatesIds;
            this.create = create;
        }

        ContractCase create(int number) {
            return create.apply(number);
        }

        int createdStatus() {
            return createdStatus;
        }

        boolean generatesIds() {
            return generatesIds;
        }

        long id(JsonNode body, int number) {
            return body.get("id").asLong();
        }

        abstract String path(Written written);

        abstract boolean matches(JsonNode body, Written written);

    }

}
