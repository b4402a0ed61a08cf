package dev.ficus.gateway.proxy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redirect the monolith or a service answers with its own absolute address (what a
 * servlet container makes of {@code redirect:/owners/11}) reaches the client pointing at
 * the gateway; other locations pass unchanged.
 */
class RedirectLocationIntegrationTests {

    @TempDir
    Path dir;

    private Backend monolith;

    private Backend catalog;

    private Gateway gateway;

    @BeforeEach
    void start() {
        monolith = Backend.start("monolith");
        catalog = Backend.start("catalog-service");
        gateway = Gateway.start(monolith, catalog, dir, Map.of());
    }

    @AfterEach
    void stop() {
        gateway.close();
        List.of(monolith, catalog).forEach(Backend::close);
    }

    @Test
    void pointsTheMonolithsRedirectToItsOwnAddressAtTheGateway() {
        monolith.redirectTo("/owners/11;jsessionid=ABC?saved=1#pets");

        HttpResponse<String> answer = gateway.get("/owners/new");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
            .contains(gateway.url("/owners/11;jsessionid=ABC?saved=1#pets").toString());
    }

    @Test
    void pointsAServicesRedirectToItsOwnAddressAtTheGatewayInServiceMode() {
        gateway.route("catalog", "SERVICE", 100);
        catalog.redirectTo("/api/catalog/products/7");

        HttpResponse<String> answer = gateway.get("/api/catalog/products");

        assertThat(answer.headers().firstValue("X-Backend")).contains("catalog-service");
        assertThat(answer.headers().firstValue("Location")).contains(gateway.url("/api/catalog/products/7").toString());
    }

    @Test
    void leavesRedirectsElsewhereAndRelativeOnesAsTheyAre() {
        monolith.redirectTo("https://login.example.com/sso?back=" + monolith.url() + "/x");
        String elsewhere = gateway.get("/login").headers().firstValue("Location").orElseThrow();
        String lookalike = monolith.url() + "0/x";
        monolith.redirectTo(lookalike);
        String otherPort = gateway.get("/login").headers().firstValue("Location").orElseThrow();
        monolith.redirectTo("owners/11");
        String relative = gateway.get("/login").headers().firstValue("Location").orElseThrow();

        assertThat(elsewhere).isEqualTo("https://login.example.com/sso?back=" + monolith.url() + "/x");
        assertThat(otherPort).isEqualTo(lookalike);
        assertThat(relative).isEqualTo("owners/11");
    }

}
