package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import dev.ficus.gateway.api.DiffSample;
import dev.ficus.gateway.api.ShadowReport;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures.Stack;

import static dev.ficus.gateway.GatewayFixtures.await;
import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shadow mode through a real gateway: users always get the monolith's answer; the
 * service's answer is compared afterwards, ignoring volatile fields and learned noise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(
            Map.of("ficus.gateway.shadow.volatile-fields", "generatedAt", "ficus.gateway.shadow.timeout", "3s"));

    @BeforeAll
    void start() {
        stack.gateway().route("catalog", "SHADOW", 0);
    }

    @BeforeEach
    void reset() {
        stack.resetBackends();
    }

    @Test
    void aSlowShadowServiceDoesNotDelayUsers() {
        stack.service().delay(Duration.ofMillis(1_500));
        long compared = report().compared();

        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = stack.gateway().get("/api/catalog/slow/" + i);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Backend")).hasValue("monolith");
            assertThat(json(response).get("price").asInt()).isEqualTo(10);
            assertThat(millis).as("user latency with a 1.5 s shadow service").isLessThan(1_000);
        }
        await(Duration.ofSeconds(30), "the slow shadow calls are compared", () -> report().compared() == compared + 5);
    }

    @Test
    void aFailingShadowServiceLeavesUserAnswersUntouched() {
        stack.service().status(500);
        long differing = report().differing();

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = stack.gateway().get("/api/catalog/failing/" + i);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
            assertThat(json(response).get("path").asString()).isEqualTo("/api/catalog/failing/" + i);
        }
        await(Duration.ofSeconds(30), "the failing shadow calls are compared",
                () -> report().differing() == differing + 5);
        assertThat(samples("/api/catalog/failing/")).hasSize(5)
            .allSatisfy(sample -> assertThat(sample.fields()).contains(new FieldDiff("$status", "200", "500")));
    }

    @Test
    void reportsADeliberatelyDifferentFieldButNotVolatileFieldsOrNoise() {
        stack.service().answerWith(Map.of("price", 11));
        long differing = report().differing();

        for (int i = 0; i < 4; i++) {
            assertThat(stack.gateway().get("/api/catalog/priced/" + i).statusCode()).isEqualTo(200);
        }

        await(Duration.ofSeconds(30), "the shadow calls are compared", () -> report().differing() == differing + 4);
        assertThat(report().noise()).contains("$.requestId").doesNotContain("$.generatedAt", "$.price");
        assertThat(samples("/api/catalog/priced/")).hasSize(4).allSatisfy(sample -> {
            assertThat(sample.fields()).containsExactly(new FieldDiff("$.price", "10", "11"));
            assertThat(sample.monolithStatus()).isEqualTo(200);
            assertThat(sample.serviceStatus()).isEqualTo(200);
        });
    }

    @Test
    void countsIdenticalAnswersAsMatches() {
        ShadowReport before = report();

        for (int i = 0; i < 3; i++) {
            stack.gateway().get("/api/catalog/same/" + i);
        }

        await(Duration.ofSeconds(30), "the shadow calls are compared",
                () -> report().compared() == before.compared() + 3);
        assertThat(report().differing()).isEqualTo(before.differing());
        assertThat(json(stack.gateway().admin("GET", "/admin/shadow/catalog", null)).get("compared").asLong())
            .isEqualTo(before.compared() + 3);
    }

    @Test
    void neverShadowsWrites() {
        int serviceRequests = stack.service().requests();
        long compared = report().compared();

        stack.gateway().admin("POST", "/api/catalog/products", "{}");
        stack.gateway().get("/api/catalog/write-then-read/1");

        await(Duration.ofSeconds(30), "the read is compared", () -> report().compared() == compared + 1);
        assertThat(stack.service().requests()).isEqualTo(serviceRequests + 1);
    }

    @Test
    void startsTheComparisonAfreshThroughTheAdminApiAndAuditsWhoDidIt() {
        stack.service().answerWith(Map.of("price", 12));
        long differing = report().differing();
        stack.gateway().get("/api/catalog/before-the-fix/1");
        await(Duration.ofSeconds(30), "the shadow call is compared", () -> report().differing() == differing + 1);
        ShadowReport before = report();

        HttpResponse<String> cleared = stack.gateway().admin("DELETE", "/admin/shadow/catalog", null);

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).get("differing").asLong()).isEqualTo(before.differing());
        assertThat(json(cleared).get("compared").asLong()).isEqualTo(before.compared());
        assertThat(report().compared()).isZero();
        assertThat(report().differing()).isZero();
        assertThat(report().samples()).isEmpty();
        JsonNode audit = json(stack.gateway().admin("GET", "/admin/audit?limit=1", null)).get(0);
        assertThat(audit.get("capability").asString()).isEqualTo("catalog");
        assertThat(audit.get("reason").asString())
            .isEqualTo("shadow comparison started afresh; before: %d of %d compared differed"
                .formatted(before.differing(), before.compared()));
        assertThat(audit.get("caller").asString()).startsWith("admin-token:").endsWith(" from 127.0.0.1");
        assertThat(audit.get("old")).isEqualTo(audit.get("new"));
    }

    private List<DiffSample> samples(String pathPrefix) {
        return report().samples().stream().filter(sample -> sample.path().startsWith(pathPrefix)).toList();
    }

    private ShadowReport report() {
        return stack.gateway().bean(ShadowReports.class).report("catalog");
    }

}
