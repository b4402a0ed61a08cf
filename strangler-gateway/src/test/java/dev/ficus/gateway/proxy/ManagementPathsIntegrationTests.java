package dev.ficus.gateway.proxy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backends' management endpoints, such as the monolith's fault switch, and the
 * endpoints the monolith and its services serve each other under {@code /internal/},
 * cannot be reached through the gateway.
 */
class ManagementPathsIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | /actuator/faults/inventory | 404
            GET  | /actuator/env              | 404
            GET  | /actuator                  | 200
            POST | /ACTUATOR/faults/inventory | 404
            POST | /Actuator/faults/inventory | 404
            POST | /actuator;/faults/inventory | 400
            POST | /%61ctuator/faults/inventory | 400
            GET  | /internal/customers/find-customer?customerId=1 | 404
            POST | /Internal/shipping/ship | 404
            GET  | /internal | 404
            """)
    void neverForwardsAManagementPathToTheMonolith(String method, String path, int status) {
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> response = GatewayFixtures.send(
                HttpRequest.newBuilder(stack.gateway().url(path)).method(method, HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Ficus-Served-By")).isEmpty();
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void answersAManagementPathWithAProblemDetail() {
        HttpResponse<String> response = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().url("/actuator/faults/inventory"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("detail").asString()).startsWith("Management paths are never forwarded");
        assertThat(json(response).get("instance").asString()).isEqualTo("/actuator/faults/inventory");
    }

    @Test
    void stillAnswersItsOwnHealth() {
        assertThat(stack.gateway().get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(stack.gateway().get("/api/orders/1").headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
    }

}
