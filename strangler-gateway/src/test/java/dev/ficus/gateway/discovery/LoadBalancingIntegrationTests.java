package dev.ficus.gateway.discovery;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capability with two service instances: requests are spread over both; with one
 * stopped, reads and the writes it refused succeed through the other, the admin API shows
 * it down, and a write of service-owned data is never resent to the monolith.
 */
class LoadBalancingIntegrationTests {

    @TempDir
    Path dir;

    private Backend monolith;

    private Backend catalog;

    private Backend first;

    private Backend second;

    private Gateway gateway;

    @BeforeEach
    void start() {
        monolith = Backend.start("monolith");
        catalog = Backend.start("catalog-service");
        first = Backend.start("inventory-1");
        second = Backend.start("inventory-2");
        gateway = Gateway.start(monolith, catalog, dir,
                Map.of("ficus.gateway.capabilities.inventory.service-urls", first.url() + "," + second.url(),
                        "ficus.gateway.capabilities.inventory.mode", "SERVICE", "ficus.gateway.dashboard.health-every",
                        "0s"));
    }

    @AfterEach
    void stop() {
        gateway.close();
        List.of(monolith, catalog, first, second).forEach(Backend::close);
    }

    @Test
    void spreadsReadsOverBothInstances() {
        List<String> servedBy = IntStream.range(0, 20)
            .mapToObj(read -> backendOf(gateway.get("/api/inventory/1")))
            .toList();

        assertThat(servedBy).containsOnly("inventory-1", "inventory-2");
        assertThat(first.requests()).isGreaterThanOrEqualTo(5);
        assertThat(second.requests()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void readsGoOnThroughTheLiveInstanceAndTheAdminApiShowsTheStoppedOneDown() {
        first.stop();

        List<Integer> statuses = IntStream.range(0, 20)
            .mapToObj(read -> gateway.get("/api/inventory/1").statusCode())
            .toList();
        GatewayFixtures.await(Duration.ofSeconds(10), "the stopped instance shows down",
                () -> health().equals(List.of("DOWN", "UP")));

        assertThat(statuses).containsOnly(200);
        assertThat(monolith.requests()).isZero();
        assertThat(gateway.routeView("inventory").get("instances").get(0).get("url").asString())
            .isEqualTo(first.url().toString());
    }

    @Test
    void sendsAWriteTheStoppedInstanceRefusedToTheLiveOneAndNeverToTheMonolith() {
        first.stop();

        List<Integer> statuses = IntStream.range(0, 12).mapToObj(write -> post("/api/inventory/reservations")).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(second.requests()).isEqualTo(12);
        assertThat(monolith.requests()).isZero();
        assertThat(gateway.get("/api/inventory/1").statusCode()).as("the circuit stays closed").isEqualTo(200);
    }

    private int post(String path) {
        return GatewayFixtures
            .send(HttpRequest.newBuilder(gateway.url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"orderId\":1}")))
            .statusCode();
    }

    private List<String> health() {
        List<String> health = new java.util.ArrayList<>();
        gateway.routeView("inventory")
            .get("instances")
            .forEach(instance -> health.add(instance.get("health").asString()));
        return health;
    }

    private static String backendOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Backend").orElse("none");
    }

}
