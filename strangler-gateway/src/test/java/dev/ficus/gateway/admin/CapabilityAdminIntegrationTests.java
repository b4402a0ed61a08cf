package dev.ficus.gateway.admin;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Stack;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capabilities added and removed through the admin API over real HTTP: validated,
 * audited, persisted, and really proxied to their service on loopback.
 */
class CapabilityAdminIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    private static final Backend notifications = Backend.start("notifications-service");

    @AfterAll
    static void stopService() {
        notifications.close();
    }

    @AfterEach
    void removeAdded() {
        stack.gateway().admin("POST", "/admin/routes/notifications/rollout/abort", null);
        stack.gateway().admin("DELETE", "/admin/routes/notifications", null);
    }

    private HttpResponse<String> addNotifications(String paths) {
        return stack.gateway().admin("POST", "/admin/routes", """
                {"name":"notifications","paths":%s,"serviceUrl":"%s"}""".formatted(paths, notifications.url()));
    }

    @Test
    void proxiesAnAddedCapabilityToTheMonolithThenToItsService() {
        HttpResponse<String> added = addNotifications("[\"/api/notifications/**\"]");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/admin/routes/notifications");
        assertThat(json(added).get("mode").asString()).isEqualTo("MONOLITH");
        assertThat(backendOf("/api/notifications/7")).isEqualTo("monolith");

        stack.gateway().route("notifications", "SERVICE", 100);

        HttpResponse<String> served = stack.gateway().get("/api/notifications/7");
        assertThat(served.headers().firstValue("X-Backend")).hasValue("notifications-service");
        assertThat(served.headers().firstValue("X-Ficus-Served-By")).hasValue("service");
        assertThat(json(served).get("path").asString()).isEqualTo("/api/notifications/7");
        assertThat(backendOf("/api/catalog/products/1")).isEqualTo("monolith");
    }

    @Test
    void auditsAddAndRemoveWithTheCaller() {
        addNotifications("[\"/api/notifications/**\"]");
        HttpResponse<String> removed = stack.gateway().admin("DELETE", "/admin/routes/notifications", null);

        JsonNode audit = json(stack.gateway().admin("GET", "/admin/audit", null));
        JsonNode add = audit.get(audit.size() - 2);
        JsonNode remove = audit.get(audit.size() - 1);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(add.get("capability").asString()).isEqualTo("notifications");
        assertThat(add.get("old").isNull()).isTrue();
        assertThat(add.get("new").get("mode").asString()).isEqualTo("MONOLITH");
        assertThat(add.get("reason").asString())
            .isEqualTo("added through the admin API: [/api/notifications/**] -> " + notifications.url());
        assertThat(add.get("caller").asString()).startsWith("admin-token:").endsWith(" from 127.0.0.1");
        assertThat(remove.get("old").get("mode").asString()).isEqualTo("MONOLITH");
        assertThat(remove.get("new").isNull()).isTrue();
        assertThat(stack.gateway().admin("GET", "/admin/routes/notifications", null).statusCode()).isEqualTo(400);
    }

    @Test
    void sendsARemovedCapabilitysPathsBackToTheMonolith() {
        addNotifications("[\"/api/notifications/**\"]");
        stack.gateway().route("notifications", "SERVICE", 100);
        assertThat(backendOf("/api/notifications/1")).isEqualTo("notifications-service");

        stack.gateway().admin("DELETE", "/admin/routes/notifications", null);

        assertThat(backendOf("/api/notifications/1")).isEqualTo("monolith");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`',
            textBlock = """
                    ["/api/catalog/**"]              | path /api/catalog/** of capability 'notifications' overlaps path /api/catalog/** of capability 'catalog'
                    ["/api/catalog/products/**"]     | path /api/catalog/products/** of capability 'notifications' overlaps path /api/catalog/** of capability 'catalog'
                    ["/api/x/**","/api/{*rest}"]     | path /api/{*rest} of capability 'notifications' overlaps path /api/catalog/** of capability 'catalog'
                    ["api/notifications/**"]         | path pattern must start with '/', was 'api/notifications/**'
                    []                               | paths of 'notifications' must name at least one path pattern
                    """)
    void refusesOverlappingOrInvalidPathsNamingTheProblem(String paths, String detail) {
        HttpResponse<String> refused = addNotifications(paths);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("detail").asString()).isEqualTo(detail);
        assertThat(stack.gateway().admin("GET", "/admin/routes/notifications", null).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`',
            textBlock = """
                    {"name":"Notifications","paths":["/api/n/**"],"serviceUrl":"http://127.0.0.1:1"}  | name must be 1-63 lower-case letters, digits or '-', was 'Notifications'
                    {"name":"a_b","paths":["/api/n/**"],"serviceUrl":"http://127.0.0.1:1"}            | name must be 1-63 lower-case letters, digits or '-', was 'a_b'
                    {"paths":["/api/n/**"],"serviceUrl":"http://127.0.0.1:1"}                         | name must be 1-63 lower-case letters, digits or '-', was 'null'
                    {"name":"n","paths":["/api/n/**"],"serviceUrl":"ftp://127.0.0.1"}                 | serviceUrl of 'n' must be an absolute http(s) URL, was 'ftp://127.0.0.1'
                    {"name":"n","paths":["/api/n/**"],"serviceUrl":"/relative"}                       | serviceUrl of 'n' must be an absolute http(s) URL, was '/relative'
                    """)
    void refusesABadNameOrServiceUrl(String body, String detail) {
        HttpResponse<String> refused = stack.gateway().admin("POST", "/admin/routes", body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("detail").asString()).isEqualTo(detail);
    }

    @Test
    void refusesANameThatIsTakenOrConfigured() {
        HttpResponse<String> taken = stack.gateway().admin("POST", "/admin/routes", """
                {"name":"catalog","paths":["/api/other/**"],"serviceUrl":"http://127.0.0.1:1"}""");
        HttpResponse<String> configured = stack.gateway().admin("DELETE", "/admin/routes/catalog", null);

        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json(taken).get("detail").asString()).isEqualTo("Capability 'catalog' already exists");
        assertThat(configured.statusCode()).isEqualTo(409);
        assertThat(json(configured).get("detail").asString()).startsWith("Capability 'catalog' is configured");
        assertThat(stack.gateway().routeView("catalog").get("capability").asString()).isEqualTo("catalog");
    }

    @Test
    void refusesToRemoveACapabilityWhileItsRolloutRuns() {
        addNotifications("[\"/api/notifications/**\"]");
        stack.gateway().admin("POST", "/admin/routes/notifications/rollout", "{\"interval\":\"PT1H\"}");

        HttpResponse<String> refused = stack.gateway().admin("DELETE", "/admin/routes/notifications", null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString())
            .isEqualTo("Cannot remove notifications: its rollout is RUNNING; abort or promote it first");
        stack.gateway().admin("POST", "/admin/routes/notifications/rollout/abort", null);
        assertThat(stack.gateway().admin("DELETE", "/admin/routes/notifications", null).statusCode()).isEqualTo(200);
    }

    @Test
    void keepsAnAddedCapabilityAndItsModeAcrossARestart() {
        addNotifications("[\"/api/notifications/**\"]");
        stack.gateway().route("notifications", "SERVICE", 100);

        stack.gateway().restart();

        assertThat(stack.gateway().routeView("notifications").get("mode").asString()).isEqualTo("SERVICE");
        assertThat(backendOf("/api/notifications/3")).isEqualTo("notifications-service");
    }

    private static String backendOf(String path) {
        HttpResponse<String> response = stack.gateway().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("X-Backend").orElseThrow();
    }

}
