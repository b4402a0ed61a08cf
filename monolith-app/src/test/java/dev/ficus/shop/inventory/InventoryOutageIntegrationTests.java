package dev.ficus.shop.inventory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-process inventory outage the benchmarks use for the monolith's blast radius:
 * inventory calls and order placement fail with 503 while it lasts, the catalog keeps
 * answering, and everything recovers when it ends. Its slow mode makes every inventory
 * operation take longer without failing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ficus.shop.faults.enabled=true")
class InventoryOutageIntegrationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    private RestTestClient client;

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void failsInventoryAndOrdersButNotTheCatalogWhileTheOutageLasts() {
        client.get()
            .uri("/actuator/faults/inventory")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.failing")
            .isEqualTo(false);

        client.post()
            .uri("/actuator/faults/inventory")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.failing")
            .isEqualTo(true);
        long ordersBefore = orderCount();

        client.get()
            .uri("/api/inventory/1")
            .exchange()
            .expectStatus()
            .isEqualTo(503)
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("Inventory is unavailable");
        client.post()
            .uri("/api/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"customerId\": 1, \"lines\": [{\"productId\": 2, \"quantity\": 1}]}")
            .exchange()
            .expectStatus()
            .isEqualTo(503);
        client.get().uri("/api/catalog/products/1").exchange().expectStatus().isOk();
        assertThat(orderCount()).as("orders written during the outage").isEqualTo(ordersBefore);

        client.delete().uri("/actuator/faults/inventory").exchange().expectStatus().isOk();
        client.get()
            .uri("/api/inventory/1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.productId")
            .isEqualTo(1);
    }

    @Test
    void slowsEveryInventoryOperationDownWithoutFailingUntilTheSlowdownEnds() {
        client.post()
            .uri("/actuator/faults/inventory/700ms")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.failing")
            .isEqualTo(false)
            .jsonPath("$.delayMillis")
            .isEqualTo(700);
        long ordersBefore = orderCount();

        long started = System.nanoTime();
        client.get()
            .uri("/api/inventory/1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.productId")
            .isEqualTo(1);
        long stockReadMillis = (System.nanoTime() - started) / 1_000_000;
        client.post()
            .uri("/api/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"customerId\": 1, \"lines\": [{\"productId\": 2, \"quantity\": 1}]}")
            .exchange()
            .expectStatus()
            .isCreated();
        client.get().uri("/api/catalog/products/1").exchange().expectStatus().isOk();

        assertThat(stockReadMillis).as("a stock read while the inventory is slow").isGreaterThanOrEqualTo(700);
        assertThat(orderCount()).as("orders written while the inventory is slow").isEqualTo(ordersBefore + 1);
        client.delete()
            .uri("/actuator/faults/inventory")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.delayMillis")
            .isEqualTo(0);
    }

    @Test
    void refusesADelayBeyondAMinuteOrNotATimeAndStaysAsItWas() {
        client.post().uri("/actuator/faults/inventory/61s").exchange().expectStatus().isBadRequest();
        client.post().uri("/actuator/faults/inventory/soon").exchange().expectStatus().isBadRequest();

        client.get()
            .uri("/actuator/faults/inventory")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.failing")
            .isEqualTo(false)
            .jsonPath("$.delayMillis")
            .isEqualTo(0);
    }

    @Test
    void refusesToFailACapabilityItCannotSwitch() {
        client.post().uri("/actuator/faults/payments").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/inventory/1").exchange().expectStatus().isOk();
    }

    private long orderCount() {
        return jdbc.sql("SELECT count(*) FROM orders_order").query(Long.class).single();
    }

}
