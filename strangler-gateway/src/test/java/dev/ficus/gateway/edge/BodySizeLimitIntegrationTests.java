package dev.ficus.gateway.edge;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over {@code ficus.gateway.max-body-size} are refused with a 413 problem,
 * declared or chunked, and never reach the monolith whole.
 */
class BodySizeLimitIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of("ficus.gateway.max-body-size", "1KB"));

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeReadingIt() {
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString("x".repeat(1025)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayFixtures.json(response).get("detail").asString()).contains("1024 bytes");
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() {
        HttpResponse<String> response = post(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[64 * 1024])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void passesABodyWithinTheLimit() {
        HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofString("x".repeat(1024)));
        HttpResponse<String> chunked = post(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[1000])));

        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declared.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
        assertThat(chunked.statusCode()).isEqualTo(200);
    }

    @Test
    void limitsAdminRequestsToo() {
        HttpResponse<String> response = GatewayFixtures.send(HttpRequest
            .newBuilder(stack.gateway().adminUrl("/admin/routes/catalog"))
            .PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"SERVICE\",\"reason\":\"" + "x".repeat(2000) + "\"}"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + GatewayFixtures.ADMIN_TOKEN));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static HttpResponse<String> post(HttpRequest.BodyPublisher body) {
        return GatewayFixtures.send(HttpRequest.newBuilder(stack.gateway().url("/api/orders"))
            .POST(body)
            .header("Content-Type", "application/json"));
    }

}
