package dev.ficus.gateway.proxy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the proxying: served-by headers, Prometheus metrics, trace
 * propagation.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of("logging.level.ficus.gateway.access", "info"));

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void sendsUnmatchedPathsToTheMonolithAndSaysSo() {
        HttpResponse<String> response = stack.gateway().get("/api/orders/42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Backend")).hasValue("monolith");
        assertThat(response.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
    }

    @Test
    void publishesRequestsPerCapabilityAndSideToPrometheus() {
        stack.gateway().route("catalog", "SERVICE", 100);
        stack.gateway().get("/api/catalog/products/1");
        stack.gateway().route("catalog", "MONOLITH", 0);
        stack.gateway().get("/api/catalog/products/1");

        String metrics = stack.gateway().get("/actuator/prometheus").body();

        assertThat(metrics)
            .containsPattern("ficus_gateway_requests_seconds_count\\{capability=\"catalog\",side=\"service\"} [1-9]")
            .containsPattern("ficus_gateway_requests_seconds_count\\{capability=\"catalog\",side=\"monolith\"} [1-9]")
            .contains("ficus_gateway_requests_seconds_bucket{capability=\"catalog\",side=\"service\",le=")
            .contains("ficus_gateway_errors_total{capability=\"inventory\",side=\"service\"} 0")
            .contains("ficus_gateway_shadow_comparisons_total{capability=\"catalog\",result=\"diff\"}");
    }

    @Test
    void startsATraceForTheBackendWhenTheClientSentNone() {
        stack.gateway().get("/api/catalog/products/2");

        assertThat(lastHeaders()).hasEntrySatisfying("traceparent",
                traceparent -> assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void propagatesTheW3cTraceToTheBackend() {
        stack.gateway()
            .get("/api/catalog/products/1",
                    Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01", "X-User-Id", "traced"));

        String traceparent = lastHeaders().get("traceparent");
        assertThat(traceparent).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void writesOneJsonAccessLogLinePerRequest(CapturedOutput output) {
        stack.gateway().get("/api/catalog/logged/7", Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));

        await(Duration.ofSeconds(10), "the access log line is written",
                () -> output.getOut().contains("\"path\":\"/api/catalog/logged/7\""));
        String line = output.getOut()
            .lines()
            .filter(candidate -> candidate.contains("\"path\":\"/api/catalog/logged/7\""))
            .findFirst()
            .orElseThrow();
        JsonNode entry = GatewayFixtures.JSON.readTree(line.substring(line.indexOf("{\"time\"")));
        assertThat(entry.get("method").asString()).isEqualTo("GET");
        assertThat(entry.get("status").asInt()).isEqualTo(200);
        assertThat(entry.get("capability").asString()).isEqualTo("catalog");
        assertThat(entry.get("servedBy").asString()).isEqualTo("monolith");
        assertThat(entry.get("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(entry.get("durationMs").asDouble()).isPositive();
    }

    @Test
    void writesALineForEveryOneOfManyConcurrentRequests(CapturedOutput output) {
        List<String> paths = IntStream.range(0, 200).mapToObj(i -> "/api/orders/many-" + i).toList();

        paths.parallelStream().forEach(path -> assertThat(stack.gateway().get(path).statusCode()).isEqualTo(200));

        await(Duration.ofSeconds(10), "200 access log lines are written",
                () -> paths.stream().allMatch(path -> output.getOut().contains("\"path\":\"" + path + "\"")));
        assertThat(output.getOut().lines().filter(line -> line.contains("\"path\":\"/api/orders/many-"))).hasSize(200)
            .allSatisfy(line -> assertThat(GatewayFixtures.JSON.readTree(line).get("servedBy").asString())
                .isEqualTo("monolith"));
    }

    private static Map<String, String> lastHeaders() {
        return stack.monolith().receivedHeaders().get(stack.monolith().receivedHeaders().size() - 1);
    }

}
