package dev.ficus.gateway.admin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API over real HTTP: authentication, input checking, persistence across restarts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminIntegrationTests {

	@TempDir
	static Path stateDir;

	Backend monolith;

	Backend service;

	Gateway gateway;

	@BeforeAll
	void start() {
		monolith = Backend.start("monolith");
		service = Backend.start("catalog-service");
		gateway = Gateway.start(monolith, service, stateDir, Map.of());
	}

	@BeforeEach
	void reset() {
		gateway.route("catalog", "MONOLITH", 0);
	}

	@AfterAll
	void stop() {
		gateway.close();
		service.close();
		monolith.close();
	}

	@Test
	void refusesRequestsWithoutTheToken() {
		HttpResponse<String> none = GatewayFixtures.send(HttpRequest.newBuilder(gateway.url("/admin/routes")));
		HttpResponse<String> wrong = GatewayFixtures.send(HttpRequest.newBuilder(gateway.url("/admin/routes/catalog"))
			.PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"SERVICE\"}"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer not-the-token"));

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
		assertThat(json(none).get("status").asInt()).isEqualTo(401);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(gateway.routeView("catalog").get("mode").asString()).isEqualTo("MONOLITH");
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			PUT  | /admin/routes/payments          | {"mode":"SERVICE"}
			PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":101}
			PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":-1}
			PUT  | /admin/routes/catalog           | {"mode":"CANARY"}
			PUT  | /admin/routes/catalog           | {"mode":"HALFWAY","weight":10}
			PUT  | /admin/routes/catalog           | {"mode":
			PUT  | /admin/routes/catalog           | `{}`
			POST | /admin/routes/payments/rollout  | `{}`
			POST | /admin/routes/catalog/rollout   | {"steps":[50,25,100]}
			POST | /admin/routes/catalog/rollout   | {"steps":[5,50]}
			POST | /admin/routes/catalog/rollout   | {"maxErrorRate":2}
			POST | /admin/routes/catalog/rollout/x | `{}`
			""")
	void rejectsBadInputWithProblemDetailsAndKeepsTheState(String method, String path, String body) {
		JsonNode routesBefore = json(gateway.admin("GET", "/admin/routes", null));
		JsonNode auditBefore = json(gateway.admin("GET", "/admin/audit", null));

		HttpResponse<String> response = gateway.admin(method, path, body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json(response).get("status").asInt()).isEqualTo(400);
		assertThat(json(gateway.admin("GET", "/admin/routes", null))).isEqualTo(routesBefore);
		assertThat(json(gateway.admin("GET", "/admin/audit", null))).isEqualTo(auditBefore);
	}

	@Test
	void auditsEveryChangeWithOldNewAndReason() {
		gateway.admin("PUT", "/admin/routes/catalog", """
				{"mode":"canary","weight":30,"reason":"first users"}""");

		JsonNode audit = json(gateway.admin("GET", "/admin/audit", null));
		JsonNode entry = audit.get(audit.size() - 1);

		assertThat(entry.get("capability").asString()).isEqualTo("catalog");
		assertThat(entry.get("old")).isEqualTo(audit.get(audit.size() - 2).get("new"));
		assertThat(entry.get("new").get("mode").asString()).isEqualTo("CANARY");
		assertThat(entry.get("new").get("weight").asInt()).isEqualTo(30);
		assertThat(entry.get("reason").asString()).isEqualTo("first users");
		assertThat(entry.get("time").asString()).isNotBlank();
	}

	@Test
	void keepsRoutesAndAuditAcrossARestart() {
		gateway.route("catalog", "CANARY", 30);
		gateway.route("inventory", "SHADOW", 0);
		JsonNode audit = json(gateway.admin("GET", "/admin/audit", null));

		gateway.restart();

		assertThat(gateway.routeView("catalog").get("mode").asString()).isEqualTo("CANARY");
		assertThat(gateway.routeView("catalog").get("weight").asInt()).isEqualTo(30);
		assertThat(gateway.routeView("inventory").get("mode").asString()).isEqualTo("SHADOW");
		assertThat(json(gateway.admin("GET", "/admin/audit", null))).isEqualTo(audit);
		assertThat(audit.get(audit.size() - 1).get("new").get("mode").asString()).isEqualTo("SHADOW");
		assertThat(stateDir).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void generatesAnOwnerOnlyTokenFileWhenNoTokenIsConfigured() throws Exception {
		Path tokenFile = stateDir.resolve("secrets/admin-token");
		// Gateways in one JVM share Reactor Netty's global event loops, so only one runs at a time.
		gateway.close();
		try (Gateway generated = Gateway.start(monolith, service, stateDir.resolve("other"),
				Map.of("ficus.gateway.admin-token", "", "ficus.gateway.admin-token-file", tokenFile))) {
			String token = Files.readString(tokenFile).trim();

			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
			assertThat(token).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(GatewayFixtures.ADMIN_TOKEN);
			assertThat(GatewayFixtures.send(HttpRequest.newBuilder(generated.url("/admin/routes"))
				.header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);
			assertThat(generated.admin("GET", "/admin/routes", null).statusCode()).isEqualTo(401);
		}
		finally {
			gateway = Gateway.start(monolith, service, stateDir, Map.of());
		}
	}

}
