package dev.ficus.gateway.routing;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Capabilities read from route files at start, as {@code ficus extract} writes them, next
 * to the configured ones.
 */
class RouteFilesIntegrationTests {

    @TempDir
    Path dir;

    private Backend monolith;

    private Backend catalog;

    private Backend shipping;

    @BeforeEach
    void startBackends() {
        monolith = Backend.start("monolith");
        catalog = Backend.start("catalog-service");
        shipping = Backend.start("shipping-service");
    }

    @AfterEach
    void stopBackends() {
        monolith.close();
        catalog.close();
        shipping.close();
    }

    @Test
    void routesTheCapabilitiesOfEveryRouteFileInAFolder() throws IOException {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("notifications.properties"), """
                ficus.gateway.routes.notifications.paths=/api/notifications/**,/api/notices/**
                ficus.gateway.routes.notifications.service-url=http://127.0.0.1:9
                """);
        Files.writeString(routes.resolve("shipping.yaml"), """
                ficus:
                  gateway:
                    routes:
                      shipping:
                        paths: /api/shipping/**
                        service-url: %s
                        mode: service
                """.formatted(shipping.url()));
        Files.writeString(routes.resolve("README.md"), "not a route file");

        try (Gateway gateway = Gateway.start(monolith, catalog, dir.resolve("state"),
                Map.of("ficus.gateway.routes-file", routes))) {
            JsonNode listed = json(gateway.admin("GET", "/admin/routes", null));
            HttpResponse<String> shipped = gateway.get("/api/shipping/parcels/1");
            HttpResponse<String> notice = gateway.get("/api/notices/1");
            HttpResponse<String> removal = gateway.admin("DELETE", "/admin/routes/shipping", null);

            assertThat(listed.findValuesAsString("capability")).containsExactly("catalog", "inventory", "notifications",
                    "shipping");
            assertThat(gateway.routeView("notifications").get("paths").toString())
                .isEqualTo("[\"/api/notifications/**\",\"/api/notices/**\"]");
            assertThat(shipped.headers().firstValue("X-Backend")).hasValue("shipping-service");
            assertThat(notice.headers().firstValue("X-Backend")).hasValue("monolith");
            assertThat(removal.statusCode()).isEqualTo(409);
        }
    }

    @Test
    void refusesToStartOnARouteFileThatOverlapsAConfiguredCapability() throws IOException {
        Path file = Files.writeString(dir.resolve("products.properties"), """
                ficus.gateway.routes.products.paths=/api/catalog/products/**
                ficus.gateway.routes.products.service-url=http://127.0.0.1:9
                """);

        assertThatException().isThrownBy(
                () -> Gateway.start(monolith, catalog, dir.resolve("state"), Map.of("ficus.gateway.routes-file", file)))
            .havingRootCause()
            .withMessage("path /api/catalog/products/** of capability 'products' overlaps path /api/catalog/** "
                    + "of capability 'catalog'");
    }

}
