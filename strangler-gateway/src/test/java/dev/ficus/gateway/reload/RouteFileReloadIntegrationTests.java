package dev.ficus.gateway.reload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import tools.jackson.databind.JsonNode;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running gateway follows its route file: a changed service URL and timeout take effect
 * within seconds, audited; a broken file is refused with one log line and the last good
 * configuration stays.
 */
@ExtendWith(OutputCaptureExtension.class)
class RouteFileReloadIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String REFUSED = "refused, the last good configuration stays";

    @TempDir
    Path dir;

    private Backend monolith;

    private Backend catalog;

    private Backend first;

    private Backend second;

    private Path routeFile;

    @BeforeEach
    void startBackends() throws IOException {
        monolith = Backend.start("monolith");
        catalog = Backend.start("catalog-service");
        first = Backend.start("shipping-service");
        second = Backend.start("shipping-service-2");
        routeFile = Files.createDirectories(dir.resolve("routes")).resolve("shipping.properties");
        write(shipping(first.url()));
    }

    @AfterEach
    void stopBackends() {
        monolith.close();
        catalog.close();
        first.close();
        second.close();
    }

    @Test
    void followsAChangedServiceUrlAndTimeoutWithinSecondsAndAuditsThem() throws IOException {
        try (Gateway gateway = start()) {
            String before = backendOf(gateway.get("/api/shipping/parcels/1"));

            write(shipping(second.url()) + "ficus.gateway.routes.shipping.timeout=300ms\n");
            GatewayFixtures.await(PATIENCE, "the gateway routes to the second instance",
                    () -> "shipping-service-2".equals(backendOf(gateway.get("/api/shipping/parcels/1"))));
            second.delay(Duration.ofSeconds(2));
            HttpResponse<String> tooSlow = gateway.get("/api/shipping/parcels/1");

            assertThat(before).isEqualTo("shipping-service");
            assertThat(tooSlow.statusCode()).isEqualTo(504);
            JsonNode latest = lastAuditEntry(gateway);
            assertThat(latest.get("capability").asString()).isEqualTo("shipping");
            assertThat(latest.get("caller").asString()).isEqualTo("route file " + routeFile);
            assertThat(latest.get("reason").asString()).isEqualTo("configuration changed: service-urls [" + first.url()
                    + "] -> [" + second.url() + "], timeout null -> PT0.3S");
        }
    }

    @Test
    void refusesABrokenRouteFileWithOneLogLineAndKeepsTheLastGoodConfiguration(CapturedOutput output)
            throws IOException {
        try (Gateway gateway = start()) {
            JsonNode auditBefore = json(gateway.admin("GET", "/admin/audit", null));

            write(shipping(URI.create("ftp://127.0.0.1:21")));
            GatewayFixtures.await(PATIENCE, "the broken file is refused", () -> output.getOut().contains(REFUSED));
            // a few more checks of the unchanged broken file
            GatewayFixtures.sleep(Duration.ofMillis(500));
            String during = backendOf(gateway.get("/api/shipping/parcels/1"));
            JsonNode auditDuring = json(gateway.admin("GET", "/admin/audit", null));
            write(shipping(second.url()));
            GatewayFixtures.await(PATIENCE, "the repaired file is taken",
                    () -> "shipping-service-2".equals(backendOf(gateway.get("/api/shipping/parcels/1"))));

            assertThat(output.getOut().lines().filter(line -> line.contains(REFUSED))).singleElement()
                .asString()
                .contains("serviceUrl of 'shipping' must be an absolute http(s) URL, was 'ftp://127.0.0.1:21'");
            assertThat(during).isEqualTo("shipping-service");
            assertThat(auditDuring).isEqualTo(auditBefore);
        }
    }

    private Gateway start() {
        return Gateway.start(monolith, catalog, dir.resolve("state"),
                Map.of("ficus.gateway.routes-file", routeFile, "ficus.gateway.routes-reload-every", "100ms"));
    }

    private static String shipping(URI serviceUrl) {
        return """
                ficus.gateway.routes.shipping.paths=/api/shipping/**
                ficus.gateway.routes.shipping.service-url=%s
                ficus.gateway.routes.shipping.mode=SERVICE
                """.formatted(serviceUrl);
    }

    /**
     * Replaces the route file at once, as an editor's save or a ConfigMap update does.
     */
    private void write(String content) throws IOException {
        Path temp = Files.writeString(routeFile.resolveSibling("shipping.properties.tmp"), content);
        Files.move(temp, routeFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode lastAuditEntry(Gateway gateway) {
        JsonNode audit = json(gateway.admin("GET", "/admin/audit?limit=1", null));
        return audit.get(audit.size() - 1);
    }

    private static String backendOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Backend").orElse("none");
    }

}
