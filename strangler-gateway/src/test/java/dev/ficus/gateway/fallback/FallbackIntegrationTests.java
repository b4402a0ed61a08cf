package dev.ficus.gateway.fallback;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;
import dev.ficus.gateway.traffic.TrafficMetrics;
import dev.ficus.gateway.traffic.TrafficSnapshot;

import static dev.ficus.gateway.GatewayFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fallback to the monolith when a service dies, times out or has its circuit open,
 * through a real gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FallbackIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of("ficus.gateway.fallback.timeout", "400ms",
            "ficus.gateway.fallback.minimum-calls", "5", "ficus.gateway.fallback.sliding-window", "10",
            // The monolith's database stays the data of record, so it may answer for the
            // service.
            "ficus.gateway.capabilities.catalog.writes", "monolith"));

    @BeforeAll
    void start() {
        stack.gateway().route("catalog", "SERVICE", 100);
    }

    @BeforeEach
    void reset() {
        stack.resetBackends();
        stack.gateway()
            .bean(org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory.class)
            .getCircuitBreakerRegistry()
            .find("catalog")
            .ifPresent(io.github.resilience4j.circuitbreaker.CircuitBreaker::reset);
    }

    @Test
    void monolithServesIdempotentRequestsWhenTheServiceDiesAndServiceReturnsAfterRecovery() {
        awaitServiceServes();
        long fallbacks = traffic().fallbacks();
        for (int i = 0; i < 5; i++) {
            assertThat(servedBy(stack.gateway().get("/api/catalog/products/" + i))).isEqualTo("service");
        }

        stack.service().stop();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = stack.gateway().get("/api/catalog/products/" + i);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(servedBy(response)).isEqualTo("monolith");
            assertThat(response.headers().firstValue("X-Backend")).hasValue("monolith");
        }
        assertThat(circuit()).isEqualTo("OPEN");
        assertThat(traffic().fallbacks()).isEqualTo(fallbacks + 10);

        stack.service().restart();
        await(Duration.ofSeconds(20), "the service serves again", () -> {
            GatewayFixtures.sleep(Duration.ofMillis(100));
            return servedBy(stack.gateway().get("/api/catalog/products/1")).equals("service");
        });
        await(Duration.ofSeconds(20), "the circuit closes", () -> {
            stack.gateway().get("/api/catalog/products/2");
            return circuit().equals("CLOSED");
        });
    }

    @Test
    void everyReadSucceedsWhileTheServiceIsKilledUnderConcurrentTraffic() throws Exception {
        awaitServiceServes();
        long fallbacks = traffic().fallbacks();
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<String> answers = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> users = IntStream.range(0, 4).mapToObj(user -> clients.submit(() -> {
            for (int i = 0; i < 5_000 && running.get(); i++) {
                HttpResponse<String> response = stack.gateway()
                    .get("/api/catalog/products/" + i, Map.of("X-User-Id", "user-" + user));
                answers.add(response.statusCode() + " " + servedBy(response));
            }
        })).collect(Collectors.toList());

        GatewayFixtures.sleep(Duration.ofMillis(500));
        stack.service().stop();
        GatewayFixtures.sleep(Duration.ofMillis(1_000));
        running.set(false);
        for (Future<?> user : users) {
            user.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        // The open duration (500 ms) is shorter than the traffic after the kill: the
        // circuit may be half open, waiting
        // for its trial calls to fail, when the users stop.
        await(Duration.ofSeconds(10), "the circuit is open again", () -> {
            HttpResponse<String> response = stack.gateway().get("/api/catalog/products/1");
            answers.add(response.statusCode() + " " + servedBy(response));
            return circuit().equals("OPEN");
        });

        System.out.printf(
                "service killed under traffic: %d reads, %d by the service, %d by the monolith, %d fallbacks%n",
                answers.size(), answers.stream().filter("200 service"::equals).count(),
                answers.stream().filter("200 monolith"::equals).count(), traffic().fallbacks() - fallbacks);
        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).startsWith("200 "));
        assertThat(answers).contains("200 service", "200 monolith");
    }

    @Test
    void monolithAnswersWhenTheServiceIsTooSlow() {
        stack.service().delay(Duration.ofSeconds(2));
        long errors = traffic().service().errors();

        HttpResponse<String> response = stack.gateway().get("/api/catalog/products/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(servedBy(response)).isEqualTo("monolith");
        assertThat(traffic().service().errors()).isEqualTo(errors + 1);
    }

    @Test
    void replaysAnIdempotentPutWithItsBody() {
        stack.service().stop();

        HttpResponse<String> response = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().url("/api/catalog/products/7"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"price\":12}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(servedBy(response)).isEqualTo("monolith");
        assertThat(stack.monolith().receivedHeaders()).last()
            .satisfies(headers -> assertThat(headers).containsEntry("content-length", "12"));
    }

    @Test
    void doesNotReplayNonIdempotentRequests() {
        stack.service().stop();
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> response = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().url("/api/catalog/products"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void passesTheServicesOwnErrorAnswerThrough() {
        stack.service().status(503);
        long errors = traffic().service().errors();

        HttpResponse<String> response = stack.gateway().get("/api/catalog/products/1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(servedBy(response)).isEqualTo("service");
        assertThat(traffic().service().errors()).isEqualTo(errors + 1);
    }

    private void awaitServiceServes() {
        // A service restarted by an earlier test may first fail on connections pooled
        // before its restart.
        await(Duration.ofSeconds(20), "the service serves",
                () -> servedBy(stack.gateway().get("/api/catalog/products/0")).equals("service"));
        reset();
    }

    private TrafficSnapshot traffic() {
        return stack.gateway().bean(TrafficMetrics.class).snapshot("catalog");
    }

    private String circuit() {
        return stack.gateway().routeView("catalog").get("circuit").asString();
    }

    private static String servedBy(HttpResponse<String> response) {
        return response.headers().firstValue("X-Ficus-Served-By").orElseThrow();
    }

}
