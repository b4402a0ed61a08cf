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
 * The monolith on two instances ({@code monolith-urls}): requests of no capability and of
 * a capability still on the monolith are spread over both; with one stopped, reads and
 * the writes it refused succeed through the other.
 */
class MonolithBalancingIntegrationTests {

    @TempDir
    Path dir;

    private Backend first;

    private Backend second;

    private Backend catalog;

    private Gateway gateway;

    @BeforeEach
    void start() {
        first = Backend.start("monolith-1");
        second = Backend.start("monolith-2");
        catalog = Backend.start("catalog-service");
        gateway = Gateway.start(first, catalog, dir,
                Map.of("ficus.gateway.monolith-urls", first.url() + "," + second.url(),
                        "ficus.gateway.dashboard.health-every", "0s", "spring.cloud.loadbalancer.health-check.interval",
                        "3s"));
    }

    @AfterEach
    void stop() {
        gateway.close();
        List.of(first, second, catalog).forEach(Backend::close);
    }

    @Test
    void spreadsReadsOfNoCapabilityAndOfACapabilityOnTheMonolithOverBothInstances() {
        List<String> servedBy = IntStream.range(0, 20)
            .mapToObj(read -> backendOf(gateway.get((read % 2 == 0) ? "/api/orders/1" : "/api/catalog/products/1")))
            .toList();

        assertThat(servedBy).containsOnly("monolith-1", "monolith-2");
        assertThat(first.requests()).isGreaterThanOrEqualTo(5);
        assertThat(second.requests()).isGreaterThanOrEqualTo(5);
        assertThat(catalog.requests()).as("catalog is in MONOLITH mode").isZero();
    }

    @Test
    void readsGoOnThroughTheLiveInstanceWhenOneIsStopped() {
        first.stop();

        List<HttpResponse<String>> answers = IntStream.range(0, 20)
            .mapToObj(read -> gateway.get((read % 2 == 0) ? "/api/orders/1" : "/api/catalog/products/1"))
            .toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(MonolithBalancingIntegrationTests::backendOf).containsOnly("monolith-2");
        assertThat(second.requests()).isEqualTo(20);
    }

    @Test
    void sendsAWriteTheStoppedInstanceRefusedToTheLiveOneOnce() {
        first.stop();

        List<Integer> statuses = IntStream.range(0, 12).mapToObj(write -> post("/api/orders")).toList();

        assertThat(statuses).containsOnly(200);
        assertThat(second.requests()).isEqualTo(12);
        assertThat(second.receivedBodies()).containsOnly("{\"customerId\":1}");
    }

    @Test
    void sendsARequestTheOnlyInstanceCheckedUpRefusedToAnInstanceRestartedSinceItsLastCheck() {
        InstanceHealth health = gateway.bean(InstanceHealth.class);
        first.stop();
        GatewayFixtures.await(Duration.ofSeconds(15), "the stopped instance checked DOWN",
                () -> "DOWN".equals(health.of(Upstream.MONOLITH_ID, first.url().toString()).health()));
        first.restart();
        second.stop();

        List<HttpResponse<String>> answers = IntStream.range(0, 4)
            .mapToObj(read -> gateway.get("/api/orders/1"))
            .toList();

        assertThat(health.of(Upstream.MONOLITH_ID, first.url().toString()).health())
            .as("no check has seen the restarted instance yet, so the balancer knew only the stopped one")
            .isEqualTo("DOWN");
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(MonolithBalancingIntegrationTests::backendOf).containsOnly("monolith-1");
    }

    private int post(String path) {
        return GatewayFixtures
            .send(HttpRequest.newBuilder(gateway.url(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerId\":1}")))
            .statusCode();
    }

    private static String backendOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Backend").orElse("none");
    }

}
