package dev.ficus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.gateway.api.DiffSample;
import dev.ficus.gateway.api.FieldDiff;
import dev.ficus.gateway.api.ShadowReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo reads the gateway's admin API through the records of
 * {@code strangler-gateway-api}, the ones the gateway writes its answers from.
 */
class TrafficMoveUnitTests {

    private static final String TOKEN = "demo-token";

    /** What the gateway found for the candidate, as its admin API answers it. */
    private static final ShadowReport FOUND = new ShadowReport(140, 1, 2, 3, Set.of("$.updatedAt"),
            List.of(new DiffSample(Instant.parse("2026-12-03T16:06:04Z"), "GET", "/api/catalog/products/7", 200, 200,
                    List.of(new FieldDiff("$.price", "9.99", "10.00")))));

    @TempDir
    Path folder;

    private HttpServer admin;

    @BeforeEach
    void startAdminApi() throws IOException {
        admin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        admin.createContext("/admin/shadow/catalog", this::answer);
        admin.start();
    }

    @AfterEach
    void stopAdminApi() {
        admin.stop(0);
    }

    @Test
    void readsTheShadowReportWithTheFieldsThatDiffered() throws IOException {
        Path tokenFile = Files.writeString(folder.resolve("admin-token"), TOKEN + "\n");
        TrafficMove traffic = new TrafficMove(URI.create("http://127.0.0.1:" + admin.getAddress().getPort()), tokenFile,
                new ShopClient(1), catalog());

        ShadowReport findings = traffic.findings();

        assertThat(findings).isEqualTo(FOUND);
        assertThat(findings.samples().get(0).fields()).extracting(FieldDiff::path).containsExactly("$.price");
    }

    private void answer(HttpExchange exchange) throws IOException {
        boolean authorized = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = (authorized ? JsonMapper.builder().build().writeValueAsString(FOUND) : "{\"status\":401}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private RunnableService catalog() {
        return new RunnableService("catalog", "catalog-service", folder, folder.resolve("catalog-service.jar"),
                "catalog", List.of(), List.of("/api/catalog/**"), List.of(), "/api/catalog/products/%d", null);
    }

}
