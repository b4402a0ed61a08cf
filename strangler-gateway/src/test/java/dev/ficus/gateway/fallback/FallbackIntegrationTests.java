package dev.ficus.gateway.fallback;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import dev.ficus.gateway.traffic.TrafficMetrics;
import dev.ficus.gateway.traffic.TrafficSnapshot;

import static dev.ficus.gateway.GatewayFixtures.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fallback to the monolith when a service dies, times out or has its circuit open, through a real gateway.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FallbackIntegrationTests {

	@TempDir
	static Path stateDir;

	Backend monolith;

	Backend service;

	Gateway gateway;

	@BeforeAll
	void start() {
		monolith = Backend.start("monolith");
		service = Backend.start("catalog-service");
		gateway = Gateway.start(monolith, service, stateDir,
				Map.of("ficus.gateway.fallback.timeout", "400ms", "ficus.gateway.fallback.minimum-calls", "5",
						"ficus.gateway.fallback.sliding-window", "10"));
		gateway.route("catalog", "SERVICE", 100);
	}

	@BeforeEach
	void reset() {
		for (Backend backend : new Backend[] { monolith, service }) {
			backend.restart();
			backend.delay(java.time.Duration.ZERO).status(200).answerWith(Map.of());
		}
		gateway.bean(org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory.class)
			.getCircuitBreakerRegistry()
			.find("catalog")
			.ifPresent(io.github.resilience4j.circuitbreaker.CircuitBreaker::reset);
	}

	@AfterAll
	void stop() {
		gateway.close();
		service.close();
		monolith.close();
	}

	@Test
	void monolithServesIdempotentRequestsWhenTheServiceDiesAndServiceReturnsAfterRecovery() {
		// A service restarted by an earlier test may first fail on connections pooled before its restart.
		await(Duration.ofSeconds(20), "the service serves", () -> servedBy(gateway.get("/api/catalog/products/0")).equals("service"));
		reset();
		long fallbacks = traffic().fallbacks();
		for (int i = 0; i < 5; i++) {
			assertThat(servedBy(gateway.get("/api/catalog/products/" + i))).isEqualTo("service");
		}

		service.stop();
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> response = gateway.get("/api/catalog/products/" + i);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(servedBy(response)).isEqualTo("monolith");
			assertThat(response.headers().firstValue("X-Backend")).hasValue("monolith");
		}
		assertThat(circuit()).isEqualTo("OPEN");
		assertThat(traffic().fallbacks()).isEqualTo(fallbacks + 10);

		service.restart();
		await(Duration.ofSeconds(20), "the service serves again", () -> {
			GatewayFixtures.sleep(Duration.ofMillis(100));
			return servedBy(gateway.get("/api/catalog/products/1")).equals("service");
		});
		await(Duration.ofSeconds(20), "the circuit closes", () -> {
			gateway.get("/api/catalog/products/2");
			return circuit().equals("CLOSED");
		});
	}

	@Test
	void monolithAnswersWhenTheServiceIsTooSlow() {
		service.delay(Duration.ofSeconds(2));
		long errors = traffic().service().errors();

		HttpResponse<String> response = gateway.get("/api/catalog/products/1");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(servedBy(response)).isEqualTo("monolith");
		assertThat(traffic().service().errors()).isEqualTo(errors + 1);
	}

	@Test
	void replaysAnIdempotentPutWithItsBody() {
		service.stop();

		HttpResponse<String> response = GatewayFixtures.send(HttpRequest
			.newBuilder(gateway.url("/api/catalog/products/7"))
			.PUT(HttpRequest.BodyPublishers.ofString("{\"price\":12}"))
			.header("Content-Type", "application/json"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(servedBy(response)).isEqualTo("monolith");
		assertThat(monolith.receivedHeaders()).last().satisfies(headers -> assertThat(headers).containsEntry("content-length", "12"));
	}

	@Test
	void doesNotReplayNonIdempotentRequests() {
		service.stop();
		int monolithRequests = monolith.requests();

		HttpResponse<String> response = GatewayFixtures.send(HttpRequest
			.newBuilder(gateway.url("/api/catalog/products"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json"));

		assertThat(response.statusCode()).isGreaterThanOrEqualTo(500);
		assertThat(monolith.requests()).isEqualTo(monolithRequests);
	}

	@Test
	void passesTheServicesOwnErrorAnswerThrough() {
		service.status(503);
		long errors = traffic().service().errors();

		HttpResponse<String> response = gateway.get("/api/catalog/products/1");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(servedBy(response)).isEqualTo("service");
		assertThat(traffic().service().errors()).isEqualTo(errors + 1);
	}

	private TrafficSnapshot traffic() {
		return gateway.bean(TrafficMetrics.class).snapshot("catalog");
	}

	private String circuit() {
		return gateway.routeView("catalog").get("circuit").asString();
	}

	private static String servedBy(HttpResponse<String> response) {
		return response.headers().firstValue("X-Ficus-Served-By").orElseThrow();
	}

}
