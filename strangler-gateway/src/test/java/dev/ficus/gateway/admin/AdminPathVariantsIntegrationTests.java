package dev.ficus.gateway.admin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import dev.ficus.gateway.GatewayFixtures.Stack;
import dev.ficus.gateway.rollout.RolloutConductor;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin route, spelled every way an attacker would try, with GET, PUT and POST, on
 * the admin port without the token and on the user port with and without it: nothing but
 * the expected refusal, no state changed, nothing forwarded to the monolith unless the
 * path is not an admin path at all.
 */
class AdminPathVariantsIntegrationTests {

    @RegisterExtension
    static final Stack stack = Stack.withProperties(Map.of());

    /** Each admin route below {@code /admin}. */
    private static final List<String> ROUTES = List.of("/routes", "/routes/catalog", "/routes/catalog/rollout",
            "/routes/catalog/rollout/pause", "/audit", "/shadow/catalog");

    private static final List<String> METHODS = List.of("GET", "PUT", "POST");

    /**
     * The answer that stands for "not an admin path, proxied to the monolith like any
     * other".
     */
    private static final String MONOLITH = "monolith";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            canonical                   | /admin{rest}               | 401 | 404
            trailing slash              | /admin{rest}/              | 401 | 404
            parameter on first segment  | /admin;x=1{rest}           | 400 | 400
            empty parameter             | /admin;{rest}              | 400 | 400
            parameter on last segment   | /admin{rest};jsessionid=1  | 400 | 400
            encoded letter              | /%61dmin{rest}             | 400 | 400
            encoded letter, upper hex   | /adm%69n{rest}             | 400 | 400
            double-encoded letter       | /%2561dmin{rest}           | 400 | 400
            encoded slash               | /admin%2F{tail}            | 400 | 400
            encoded slash, lower hex    | /admin%2f{tail}            | 400 | 400
            encoded backslash           | /admin%5C{tail}            | 400 | 400
            leading double slash        | //admin{rest}              | 400 | 400
            inner double slash          | /admin/{rest}              | 400 | 400
            dot segment                 | /./admin{rest}             | 400 | 400
            parent segment              | /x/../admin{rest}          | 400 | 400
            encoded dot segment         | /%2e/admin{rest}           | 400 | 400
            upper case                  | /ADMIN{rest}               | 404 | monolith
            """)
    void answersEveryAdminRouteSpelledThisWayOnlyWithTheExpectedRefusal(String variant, String template,
            String onAdminPort, String onUserPort) {
        Gateway gateway = stack.gateway();
        RouteTable table = gateway.bean(RouteTable.class);
        Map<String, RouteSetting> before = settings(table);
        int auditBefore = table.audit().size();
        SoftAssertions softly = new SoftAssertions();
        for (String rest : ROUTES) {
            String path = template.replace("{rest}", rest).replace("{tail}", rest.substring(1));
            for (String method : METHODS) {
                expect(softly, method, gateway.adminUrl(path), null, onAdminPort);
                expect(softly, method, gateway.url(path), null, onUserPort);
                expect(softly, method, gateway.url(path), GatewayFixtures.ADMIN_TOKEN, onUserPort);
            }
        }
        softly.assertThat(settings(table)).as("routes after every attempt").isEqualTo(before);
        softly.assertThat(table.audit()).as("audit entries after every attempt").hasSize(auditBefore);
        softly.assertThat(gateway.bean(RolloutConductor.class).rollout("catalog")).as("rollout of catalog").isEmpty();
        softly.assertAll();
    }

    @Test
    void servesTheDashboardOnlyOnTheAdminPort() {
        Gateway gateway = stack.gateway();

        assertThat(GatewayFixtures.send(HttpRequest.newBuilder(gateway.adminUrl("/dashboard/data"))).statusCode())
            .isEqualTo(200);
        assertThat(GatewayFixtures.send(HttpRequest.newBuilder(gateway.url("/dashboard/data"))).statusCode())
            .isEqualTo(404);
        assertThat(GatewayFixtures.send(HttpRequest.newBuilder(gateway.url("/dashboard"))).statusCode()).isEqualTo(404);
    }

    @Test
    void proxiesNothingFromTheAdminPort() {
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> response = GatewayFixtures
            .send(HttpRequest.newBuilder(stack.gateway().adminUrl("/api/catalog/products"))
                .header("Authorization", "Bearer " + GatewayFixtures.ADMIN_TOKEN));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
        assertThat(stack.service().requests()).isZero();
    }

    private static void expect(SoftAssertions softly, String method, URI url, String token, String expected) {
        int monolithRequests = stack.monolith().requests();
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
            .method(method,
                    method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{\"mode\":\"SERVICE\"}"))
            .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = GatewayFixtures.send(request);
        String what = method + " " + url + (token == null ? "" : " with the token");
        if (expected.equals(MONOLITH)) {
            softly.assertThat(response.headers().firstValue("X-Ficus-Served-By")).as(what).hasValue("monolith");
            return;
        }
        softly.assertThat(response.statusCode()).as(what).isEqualTo(Integer.parseInt(expected));
        softly.assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        softly.assertThat(stack.monolith().requests())
            .as(what + ": requests the monolith received")
            .isEqualTo(monolithRequests);
    }

    private static Map<String, RouteSetting> settings(RouteTable table) {
        return Map.of("catalog", table.setting("catalog"), "inventory", table.setting("inventory"));
    }

}
