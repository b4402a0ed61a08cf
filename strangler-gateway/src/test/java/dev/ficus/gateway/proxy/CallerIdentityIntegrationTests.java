package dev.ficus.gateway.proxy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Stack;

import static dev.ficus.gateway.GatewayFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every backend the gateway calls, the monolith, the service and the service as shadow,
 * gets the gateway's caller identity, never the one a client claims.
 */
class CallerIdentityIntegrationTests {

    private static final String TOKEN = "gateway-caller-token";

    private static final Map<String, String> SPOOFED = Map.of("X-Ficus-Caller", "orders-service",
            "X-Ficus-Caller-Token", "guessed");

    @RegisterExtension
    static final Stack stack = Stack
        .withProperties(Map.of("ficus.trust.caller", "strangler-gateway", "ficus.trust.token", TOKEN));

    @BeforeEach
    void reset() {
        stack.resetBackends();
    }

    @Test
    void theMonolithGetsTheGatewaysIdentityInsteadOfTheClaimedOne() {
        HttpResponse<String> response = stack.gateway().get("/api/orders/7", SPOOFED);

        assertThat(response.headers().firstValue("X-Backend")).hasValue("monolith");
        assertThat(lastHeaders(stack.monolith())).containsEntry("x-ficus-caller", "strangler-gateway")
            .containsEntry("x-ficus-caller-token", TOKEN);
    }

    @Test
    void theServiceGetsTheGatewaysIdentityInsteadOfTheClaimedOne() {
        stack.gateway().route("catalog", "SERVICE", 100);

        HttpResponse<String> response = stack.gateway().get("/api/catalog/products/1", SPOOFED);

        assertThat(response.headers().firstValue("X-Backend")).hasValue("catalog-service");
        assertThat(lastHeaders(stack.service())).containsEntry("x-ficus-caller", "strangler-gateway")
            .containsEntry("x-ficus-caller-token", TOKEN);
    }

    @Test
    void theShadowCopiesGetTheGatewaysIdentityInsteadOfTheClaimedOne() {
        stack.gateway().route("catalog", "SHADOW", 0);
        int serviceRequests = stack.service().requests();
        int monolithRequests = stack.monolith().requests();

        stack.gateway().get("/api/catalog/shadowed/1", SPOOFED);

        await(Duration.ofSeconds(10), "the shadow copies reach the service and the monolith again",
                () -> stack.service().requests() > serviceRequests
                        && stack.monolith().requests() >= monolithRequests + 2);
        List<Map<String, String>> monolithCopies = stack.monolith()
            .receivedHeaders()
            .subList(monolithRequests, monolithRequests + 2);
        assertThat(monolithCopies)
            .allSatisfy(headers -> assertThat(headers).containsEntry("x-ficus-caller", "strangler-gateway")
                .containsEntry("x-ficus-caller-token", TOKEN));
        assertThat(lastHeaders(stack.service())).containsEntry("x-ficus-caller", "strangler-gateway")
            .containsEntry("x-ficus-caller-token", TOKEN);
    }

    private static Map<String, String> lastHeaders(Backend backend) {
        List<Map<String, String>> received = backend.receivedHeaders();
        return received.get(received.size() - 1);
    }

}
