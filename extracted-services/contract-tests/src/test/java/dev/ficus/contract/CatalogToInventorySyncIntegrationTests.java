package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.RabbitBroker;
import dev.ficus.testsupport.RealServices;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * The two services as separate processes talking through a real RabbitMQ: a product added
 * over HTTP to the catalog service becomes known to the inventory service through the
 * outbox, the broker and the inbox.
 */
class CatalogToInventorySyncIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final String TRACE_ID = "5b8aa5a2d2c872e8321cf37308d69df2";

    private final HttpClient http = HttpClient.newHttpClient();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final String exchange = "contract-sync-" + suffix;

    private final String queue = "contract-sync-" + suffix + ".catalog-events";

    @Test
    void announcesANewProductToTheInventory() throws Exception {
        RabbitBroker broker = RealServices.rabbit();
        Path logs = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"));
        String[] rabbit = { "--spring.profiles.active=rabbit", "--spring.rabbitmq.host=" + broker.host(),
                "--spring.rabbitmq.port=" + broker.port(), "--spring.rabbitmq.username=" + broker.username(),
                "--spring.rabbitmq.password=" + broker.password(), "--ficus.sync.exchange=" + exchange,
                "--ficus.inventory.catalog-queue.name=" + queue, "--ficus.seed.products=10" };
        try (AppProcess inventory = AppProcess.launch("inventory-service-rabbit",
                Path.of(System.getProperty("ficus.contract.inventory-jar")), logs, rabbit);
                AppProcess catalog = AppProcess.launch("catalog-service-rabbit",
                        Path.of(System.getProperty("ficus.contract.catalog-jar")), logs, rabbit)) {
            AppProcess.awaitReady(inventory, catalog);
            assertThat(status(inventory, "GET", "/api/inventory/11", null)).isEqualTo(404);

            int created = send(catalog, "POST", "/api/catalog/products", """
                    {"sku":"SYNC-1","name":"Synced","category":"books","price":{"amount":5,"currency":"EUR"}}""",
                    "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .statusCode();

            assertThat(created).isEqualTo(201);
            assertThat(awaitStatus(inventory, "/api/inventory/11", 200))
                .isEqualTo("{\"productId\":11,\"onHand\":0,\"reserved\":0,\"available\":0}");
            assertThat(status(inventory, "PUT", "/api/inventory/11", "{\"onHand\":7}")).isEqualTo(200);
            assertThat(Files.readAllLines(inventory.logFile()))
                .as("the inventory service applied the event in the trace of the request that created the product")
                .anyMatch(line -> line.contains("Product 11 known from catalog event") && line.contains(TRACE_ID));
        }
        finally {
            deleteBrokerObjects(broker);
        }
    }

    private String awaitStatus(AppProcess app, String path, int expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpResponse<String> response = send(app, "GET", path, null);
            if (response.statusCode() == expected || Instant.now().isAfter(deadline)) {
                assertThat(response.statusCode()).as(path + " within " + PATIENCE).isEqualTo(expected);
                return response.body();
            }
            Thread.sleep(200);
        }
    }

    private int status(AppProcess app, String method, String path, String body) throws Exception {
        return send(app, method, path, body).statusCode();
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String body) throws Exception {
        return send(app, method, path, body,
                "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01");
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String body, String traceparent)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.baseUrl().resolve(path))
            .header("Content-Type", "application/json")
            .header("traceparent", traceparent)
            .method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void deleteBrokerObjects(RabbitBroker broker) {
        CachingConnectionFactory connectionFactory = new CachingConnectionFactory(broker.host(), broker.port());
        connectionFactory.setUsername(broker.username());
        connectionFactory.setPassword(broker.password());
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        admin.deleteQueue(queue);
        admin.deleteQueue(queue + ".dlq");
        admin.deleteExchange(exchange);
        connectionFactory.destroy();
    }

}
