package dev.ficus.gateway.routing;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capabilities a gateway knows without being told any: none, whatever monolith it
 * stands in front of; the sample shop's catalog and inventory come with its profile.
 */
class DefaultCapabilitiesIntegrationTests {

    @TempDir
    Path dir;

    private Backend monolith;

    @BeforeEach
    void startMonolith() {
        monolith = Backend.start("monolith");
    }

    @AfterEach
    void stopMonolith() {
        monolith.close();
    }

    @Test
    void startsWithNoCapabilityWhenNoneIsConfigured() {
        try (Gateway gateway = Gateway.bare(monolith, dir, Map.of())) {
            HttpResponse<String> routes = gateway.admin("GET", "/admin/routes", null);
            HttpResponse<String> catalogToService = gateway.admin("PUT", "/admin/routes/catalog",
                    "{\"mode\":\"SERVICE\",\"weight\":100}");
            HttpResponse<String> catalogRead = gateway.get("/api/catalog/products/1");
            HttpResponse<String> dashboard = gateway.admin("GET", "/dashboard/data", null);

            assertThat(routes.statusCode()).isEqualTo(200);
            assertThat(json(routes).isArray()).isTrue();
            assertThat(json(routes).size()).as(routes.body()).isZero();
            assertThat(catalogToService.statusCode()).isEqualTo(400);
            assertThat(catalogToService.body()).contains("catalog");
            assertThat(catalogRead.headers().firstValue("X-Backend")).hasValue("monolith");
            assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);
        }
    }

    @Test
    void theShopProfileRoutesTheSampleCatalogAndInventoryToTheMonolith() {
        try (Gateway gateway = Gateway.bare(monolith, dir, Map.of("spring.profiles.active", "shop"))) {
            JsonNode routes = json(gateway.admin("GET", "/admin/routes", null));

            assertThat(routes.findValuesAsString("capability")).containsExactly("catalog", "inventory");
            assertThat(routes.findValuesAsString("mode")).containsExactly("MONOLITH", "MONOLITH");
            assertThat(routes.findValuesAsString("serviceUrl")).containsExactly("http://localhost:8081",
                    "http://localhost:8082");
            assertThat(gateway.routeView("catalog").get("paths").toString()).isEqualTo("[\"/api/catalog/**\"]");
            assertThat(gateway.routeView("inventory").get("paths").toString()).isEqualTo("[\"/api/inventory/**\"]");
        }
    }

}
