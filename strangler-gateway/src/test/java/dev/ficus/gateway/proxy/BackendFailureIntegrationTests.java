package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backend that refuses connections or stalls is reported as 502 or 504 problem details
 * naming the side, over real sockets.
 */
class BackendFailureIntegrationTests {

    Path stateDir;

    Backend monolith;

    Backend service;

    Gateway gateway;

    @BeforeEach
    void start() throws IOException {
        stateDir = Files.createTempDirectory("ficus-gateway-failure");
        monolith = Backend.start("monolith");
        service = Backend.start("catalog-service");
        gateway = Gateway.start(monolith, service, stateDir,
                Map.of("ficus.gateway.response-timeout", "700ms", "ficus.gateway.fallback.timeout", "700ms",
                        // The monolith's database stays the data of record, so it may
                        // answer for the service.
                        "ficus.gateway.capabilities.catalog.writes", "monolith"));
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        service.close();
        monolith.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void aMonolithThatRefusesConnectionsIsABadGatewayNamingTheMonolith() {
        monolith.stop();

        for (String path : new String[] { "/orders/1", "/api/catalog/products/1" }) {
            HttpResponse<String> response = gateway.get(path);

            assertProblem(response, 502, "monolith");
            assertThat(detail(response)).contains("could not be reached").contains(monolith.url().getAuthority());
        }
    }

    @Test
    void aStalledMonolithIsAGatewayTimeoutNamingTheMonolith() {
        monolith.delay(Duration.ofSeconds(5));

        HttpResponse<String> response = gateway.get("/orders/1");

        assertProblem(response, 504, "monolith");
        assertThat(detail(response)).contains("did not answer in time");
    }

    @Test
    void aWriteToAServiceThatRefusesConnectionsIsABadGatewayNamingTheService() {
        gateway.route("catalog", "SERVICE", 100);
        service.stop();

        HttpResponse<String> response = GatewayFixtures
            .send(HttpRequest.newBuilder(gateway.url("/api/catalog/products"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tea\"}"))
                .header("Content-Type", "application/json"));

        assertProblem(response, 502, "service");
        assertThat(monolith.requests()).as("a write is never replayed on the monolith").isZero();
    }

    @Test
    void aStalledServiceWithAStalledMonolithIsAGatewayTimeout() {
        gateway.route("catalog", "SERVICE", 100);
        service.delay(Duration.ofSeconds(5));
        monolith.delay(Duration.ofSeconds(5));

        HttpResponse<String> response = gateway.get("/api/catalog/products/1");

        // The service times out, the monolith takes over as fallback and times out too.
        assertProblem(response, 504, "monolith");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String side) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = GatewayFixtures.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("side").asString()).isEqualTo(side);
        assertThat(problem.get("detail").asString()).startsWith("the " + side + " at http://127.0.0.1:");
        assertThat(response.headers().firstValue("X-Ficus-Served-By")).hasValue(side);
    }

    private static String detail(HttpResponse<String> response) {
        return GatewayFixtures.json(response).get("detail").asString();
    }

}
