package dev.ficus.gateway.canary;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures.Stack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sticky canary routing through a real gateway to a real monolith and service over
 * loopback.
 */
class CanaryIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    private static final String SERVED_BY = "X-Ficus-Served-By";

    @Test
    void splitsDistinctUsersByWeightWithinThreePoints() {
        stack.gateway().route("catalog", "CANARY", 25);
        int serviceBefore = stack.service().requests();
        int monolithBefore = stack.monolith().requests();

        Map<String, String> sides = sidesOf("split-user-", 4_000);

        long onService = sides.values().stream().filter("service"::equals).count();
        double share = 100.0 * onService / sides.size();
        System.out.printf("canary 25 %%: %d of %d users on the service (%.2f %%)%n", onService, sides.size(), share);
        assertThat(share).isBetween(22.0, 28.0);
        assertThat(sides).hasSize(4_000);
        assertThat(stack.service().requests() - serviceBefore).as("requests the service received").isEqualTo(onService);
        assertThat(stack.monolith().requests() - monolithBefore).as("requests the monolith received")
            .isEqualTo(4_000 - onService);
    }

    @Test
    void keepsEveryUserOnOneSide() {
        stack.gateway().route("catalog", "CANARY", 25);

        Map<String, String> first = sidesOf("sticky-user-", 300);
        Map<String, String> second = sidesOf("sticky-user-", 300);

        assertThat(second).isEqualTo(first);
        assertThat(first).containsValues("service", "monolith");
    }

    @Test
    void raisingTheWeightOnlyMovesUsersFromMonolithToService() {
        stack.gateway().route("catalog", "CANARY", 25);
        Map<String, String> at25 = sidesOf("moving-user-", 1_000);

        stack.gateway().route("catalog", "CANARY", 50);
        Map<String, String> at50 = sidesOf("moving-user-", 1_000);

        at25.forEach((user, side) -> {
            if (side.equals("service")) {
                assertThat(at50.get(user)).as(user).isEqualTo("service");
            }
        });
        long movedToService = at25.keySet()
            .stream()
            .filter(user -> at25.get(user).equals("monolith") && at50.get(user).equals("service"))
            .count();
        assertThat(movedToService).isBetween(180L, 320L);
    }

    @Test
    void usesTheCookieWhenTheHeaderIsAbsent() {
        stack.gateway().route("catalog", "CANARY", 50);
        Map<String, String> byCookie = new HashMap<>();
        IntStream.range(0, 200).forEach(i -> {
            String user = "cookie-user-" + i;
            String viaCookie = stack.gateway()
                .get("/api/catalog/products/1", Map.of("Cookie", "ficus-key=" + user))
                .headers()
                .firstValue(SERVED_BY)
                .orElseThrow();
            byCookie.put(user, viaCookie);
        });

        assertThat(byCookie).isEqualTo(sidesOf("cookie-user-", 200));
    }

    private static Map<String, String> sidesOf(String userPrefix, int users) {
        Map<String, String> sides = new HashMap<>();
        for (int i = 0; i < users; i++) {
            String user = userPrefix + i;
            HttpResponse<String> response = stack.gateway()
                .get("/api/catalog/products/" + i, Map.of("X-User-Id", user));
            assertThat(response.statusCode()).isEqualTo(200);
            String servedBy = response.headers().firstValue(SERVED_BY).orElseThrow();
            String backend = response.headers().firstValue("X-Backend").orElseThrow();
            assertThat(backend).isEqualTo(servedBy.equals("service") ? "catalog-service" : "monolith");
            sides.put(user, servedBy);
        }
        return sides;
    }

}
