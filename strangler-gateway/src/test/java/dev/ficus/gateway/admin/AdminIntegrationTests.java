package dev.ficus.gateway.admin;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import dev.ficus.gateway.GatewayFixtures.Stack;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API over real HTTP: authentication, input checking, persistence across
 * restarts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    @BeforeEach
    void reset() {
        stack.gateway().route("catalog", "MONOLITH", 0);
    }

    @Test
    void refusesRequestsWithoutTheToken() {
        HttpResponse<String> none = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().adminUrl("/admin/routes")));
        HttpResponse<String> wrong = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().adminUrl("/admin/routes/catalog"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"mode\":\"SERVICE\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer not-the-token"));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(json(none).get("status").asInt()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(stack.gateway().routeView("catalog").get("mode").asString()).isEqualTo("MONOLITH");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PUT  | /admin/routes/payments          | {"mode":"SERVICE"}
            PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":101}
            PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":-1}
            PUT  | /admin/routes/catalog           | {"mode":"CANARY"}
            PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":12.7}
            PUT  | /admin/routes/catalog           | {"mode":"CANARY","weight":"50"}
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
        JsonNode routesBefore = json(stack.gateway().admin("GET", "/admin/routes", null));
        JsonNode auditBefore = json(stack.gateway().admin("GET", "/admin/audit", null));

        HttpResponse<String> response = stack.gateway().admin(method, path, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(400);
        assertThat(json(stack.gateway().admin("GET", "/admin/routes", null))).isEqualTo(routesBefore);
        assertThat(json(stack.gateway().admin("GET", "/admin/audit", null))).isEqualTo(auditBefore);
    }

    @Test
    void neverForwardsAdminRequestsToTheMonolith() {
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> response = stack.gateway().admin("GET", "/admin/no-such-endpoint", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        HttpResponse<String> response = stack.gateway().admin("PUT", "/admin/routes/catalog", """
                {"mode":"CANARY","weight":250}""");

        assertThat(json(response).get("detail").asString()).isEqualTo("weight must be between 0 and 100, was 250");
    }

    @Test
    void namesTheAllowedModes() {
        HttpResponse<String> response = stack.gateway().admin("PUT", "/admin/routes/catalog", """
                {"mode":"HALFWAY","weight":10}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString())
            .isEqualTo("mode must be one of MONOLITH, SHADOW, CANARY, SERVICE, was 'HALFWAY'");
    }

    @Test
    void refusesANumberItWouldHaveToRound() {
        HttpResponse<String> response = stack.gateway().admin("PUT", "/admin/routes/catalog", """
                {"mode":"CANARY","weight":12.7}""");

        assertThat(json(response).get("detail").asString()).startsWith("weight: ");
        assertThat(stack.gateway().routeView("catalog").get("mode").asString()).isEqualTo("MONOLITH");
    }

    @Test
    void refusesAReasonLongerThan500Characters() {
        HttpResponse<String> tooLong = stack.gateway()
            .admin("PUT", "/admin/routes/catalog", "{\"mode\":\"SHADOW\",\"reason\":\"" + "r".repeat(501) + "\"}");
        HttpResponse<String> longest = stack.gateway()
            .admin("PUT", "/admin/routes/catalog", "{\"mode\":\"SHADOW\",\"reason\":\"" + "r".repeat(500) + "\"}");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("detail").asString()).isEqualTo("reason must be at most 500 characters, was 501");
        assertThat(longest.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PATCH  | /admin/routes/catalog
            PUT    | /admin/audit
            DELETE | /admin/audit
            PATCH  | /admin/routes
            """)
    void answersAWrongMethodWithAProblemDetail(String method, String path) {
        HttpResponse<String> response = stack.gateway().admin(method, path, "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void auditsEveryChangeWithOldNewAndReason() {
        stack.gateway().admin("PUT", "/admin/routes/catalog", """
                {"mode":"canary","weight":30,"reason":"first users"}""");

        JsonNode audit = json(stack.gateway().admin("GET", "/admin/audit", null));
        JsonNode entry = audit.get(audit.size() - 1);

        assertThat(entry.get("capability").asString()).isEqualTo("catalog");
        assertThat(entry.get("old")).isEqualTo(audit.get(audit.size() - 2).get("new"));
        assertThat(entry.get("new").get("mode").asString()).isEqualTo("CANARY");
        assertThat(entry.get("new").get("weight").asInt()).isEqualTo(30);
        assertThat(entry.get("reason").asString()).isEqualTo("first users");
        assertThat(entry.get("time").asString()).isNotBlank();
    }

    @Test
    void recordsTheCallerOfEveryChange() throws Exception {
        String tokenId = HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256")
                .digest(GatewayFixtures.ADMIN_TOKEN.getBytes(StandardCharsets.UTF_8)))
            .substring(0, 8);
        stack.gateway().route("catalog", "SHADOW", 0);

        JsonNode audit = json(stack.gateway().admin("GET", "/admin/audit", null));

        assertThat(audit.get(audit.size() - 1).get("caller").asString())
            .isEqualTo("admin-token:" + tokenId + " from 127.0.0.1");
    }

    @Test
    void keepsRoutesAndAuditAcrossARestart() {
        stack.gateway().route("catalog", "CANARY", 30);
        stack.gateway().route("inventory", "SHADOW", 0);
        JsonNode audit = json(stack.gateway().admin("GET", "/admin/audit", null));

        stack.gateway().restart();

        assertThat(stack.gateway().routeView("catalog").get("mode").asString()).isEqualTo("CANARY");
        assertThat(stack.gateway().routeView("catalog").get("weight").asInt()).isEqualTo(30);
        assertThat(stack.gateway().routeView("inventory").get("mode").asString()).isEqualTo("SHADOW");
        assertThat(json(stack.gateway().admin("GET", "/admin/audit", null))).isEqualTo(audit);
        assertThat(audit.get(audit.size() - 1).get("new").get("mode").asString()).isEqualTo("SHADOW");
        assertThat(stack.stateDir()).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void startsAndAuditsOnAfterTheAuditLogsLastLineWasTruncated() throws Exception {
        stack.gateway().route("catalog", "SHADOW", 0);
        JsonNode before = json(stack.gateway().admin("GET", "/admin/audit", null));
        stack.gateway().close();
        Files.writeString(stack.stateDir().resolve("audit.jsonl"), "{\"time\":\"2026-12-02T20:00:00Z\",\"capab",
                StandardOpenOption.APPEND);

        stack.gateway().restart();
        stack.gateway().route("catalog", "CANARY", 20);

        JsonNode after = json(stack.gateway().admin("GET", "/admin/audit", null));
        JsonNode latestTwo = json(stack.gateway().admin("GET", "/admin/audit?limit=2", null));
        assertThat(after.size()).isEqualTo(before.size() + 1);
        assertThat(after.get(after.size() - 2)).isEqualTo(before.get(before.size() - 1));
        assertThat(after.get(after.size() - 1).get("new").get("weight").asInt()).isEqualTo(20);
        assertThat(latestTwo).containsExactly(after.get(after.size() - 2), after.get(after.size() - 1));
        assertThat(stack.gateway().admin("GET", "/admin/audit?limit=0", null).statusCode()).isEqualTo(400);
    }

    @Test
    void generatesAnOwnerOnlyTokenFileWhenNoTokenIsConfigured() throws Exception {
        Path tokenFile = stack.stateDir().resolve("secrets/admin-token");
        // Gateways in one JVM share Reactor Netty's global event loops, so only one runs
        // at a time.
        stack.gateway().close();
        try (Gateway generated = Gateway.start(stack.monolith(), stack.service(), stack.stateDir().resolve("other"),
                Map.of("ficus.gateway.admin-token", "", "ficus.gateway.admin-token-file", tokenFile))) {
            String token = Files.readString(tokenFile).trim();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
            assertThat(token).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(GatewayFixtures.ADMIN_TOKEN);
            assertThat(GatewayFixtures
                .send(HttpRequest.newBuilder(generated.adminUrl("/admin/routes"))
                    .header("Authorization", "Bearer " + token))
                .statusCode()).isEqualTo(200);
            assertThat(generated.admin("GET", "/admin/routes", null).statusCode()).isEqualTo(401);
        }
        finally {
            stack.gateway().restart();
        }
    }

}
