package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Stack;

import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a capability's data owned by its service and the service gone, no write lands in
 * the monolith's database and no read is answered from a copy nobody updates: 503
 * problems with {@code Retry-After} instead; reads fall back only to a copy kept in sync,
 * saying how stale it may be. Capabilities: {@code catalog} on a real HTTP server that is
 * stopped and restarted, {@code inventory} on a dead address with a synced copy,
 * {@code orders} on a dead address whose data stays the monolith's, {@code payments} and
 * {@code refunds} on a server that resets every connection.
 */
class DataOwnershipIntegrationTests {

    private static final ServerSocket RESETTING = resettingServer();

    @RegisterExtension
    static final Stack stack = Stack
        .withProperties(Map.ofEntries(Map.entry("ficus.gateway.capabilities.catalog.mode", "SERVICE"),
                Map.entry("ficus.gateway.capabilities.inventory.mode", "SERVICE"),
                Map.entry("ficus.gateway.capabilities.inventory.synced-copy-lag", "5s"),
                Map.entry("ficus.gateway.capabilities.orders.paths", "/api/orders/**"),
                Map.entry("ficus.gateway.capabilities.orders.service-url", "http://127.0.0.1:9"),
                Map.entry("ficus.gateway.capabilities.orders.mode", "SERVICE"),
                Map.entry("ficus.gateway.capabilities.orders.writes", "monolith"),
                Map.entry("ficus.gateway.capabilities.payments.paths", "/api/payments/**"),
                Map.entry("ficus.gateway.capabilities.payments.service-url",
                        "http://127.0.0.1:" + RESETTING.getLocalPort()),
                Map.entry("ficus.gateway.capabilities.payments.mode", "SERVICE"),
                Map.entry("ficus.gateway.capabilities.refunds.paths", "/api/refunds/**"),
                Map.entry("ficus.gateway.capabilities.refunds.service-url",
                        "http://127.0.0.1:" + RESETTING.getLocalPort()),
                Map.entry("ficus.gateway.capabilities.refunds.mode", "SERVICE"),
                Map.entry("ficus.gateway.fallback.minimum-calls", "4"),
                Map.entry("ficus.gateway.fallback.sliding-window", "4"),
                Map.entry("ficus.gateway.fallback.open-duration", "3s")));

    @AfterEach
    void restartService() {
        stack.resetBackends();
    }

    @Test
    void refusesWritesOfServiceOwnedDataWhileTheServiceIsDownAndNeverSendsThemToTheMonolith() {
        assertThat(write("PUT", "/api/catalog/products/903").headers().firstValue("X-Ficus-Served-By"))
            .hasValue("service");
        int monolithRequests = stack.monolith().requests();

        stack.service().stop();
        for (int i = 0; i < 12; i++) {
            for (String method : new String[] { "PUT", "POST", "DELETE" }) {
                HttpResponse<String> response = write(method, "/api/catalog/products/903");

                assertThat(response.statusCode()).as(method + " #" + i).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
                assertThat(json(response).get("capability").asString()).isEqualTo("catalog");
            }
        }

        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void refusesReadsOfServiceOwnedDataWhenNoCopyIsKeptInSync() {
        int monolithRequests = stack.monolith().requests();
        stack.service().stop();

        HttpResponse<String> response = stack.gateway().get("/api/catalog/products/903");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("detail").asString()).contains("no copy kept in sync answers its reads");
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    @Test
    void answersReadsFromASyncedCopySayingHowStaleItMayBeButNeverItsWrites() {
        int monolithRequests = stack.monolith().requests();

        HttpResponse<String> read = stack.gateway().get("/api/inventory/903");
        HttpResponse<String> written = write("PUT", "/api/inventory/903");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
        assertThat(read.headers().firstValue("X-Ficus-Max-Staleness")).hasValue("PT5S");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(503);
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests + 1);
    }

    @Test
    void fallsBackForRepeatableWritesWhenTheMonolithStillOwnsTheData() {
        HttpResponse<String> put = write("PUT", "/api/orders/7");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.headers().firstValue("X-Ficus-Served-By")).hasValue("monolith");
        assertThat(put.headers().firstValue("X-Ficus-Max-Staleness")).isEmpty();
    }

    @Test
    void answersAPostThatCannotBeRepeatedWith503WhileTheCircuitIsOpenNever500() {
        for (int i = 0; i < 4; i++) {
            stack.gateway().get("/api/orders/" + i);
        }
        GatewayFixtures.await(Duration.ofSeconds(5), "the orders circuit opens",
                () -> stack.gateway().routeView("orders").get("circuit").asString().equals("OPEN"));

        HttpResponse<String> response = write("POST", "/api/orders");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(json(response).get("detail").asString()).contains("circuit is open");
    }

    @Test
    void answersAReadOfServiceOwnedDataTheServiceBrokeOffWith503LikeARefusedOne() {
        HttpResponse<String> response = stack.gateway().get("/api/payments/7");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(json(response).get("detail").asString()).contains("no copy kept in sync answers its reads");
        assertThat(json(response).get("capability").asString()).isEqualTo("payments");
    }

    @Test
    void countsEachReadTheServiceBrokeOffOnceAgainstItsCircuit() {
        for (int i = 0; i < 2; i++) {
            assertThat(stack.gateway().get("/api/refunds/" + i).statusCode()).isEqualTo(503);
        }

        assertThat(stack.gateway().routeView("refunds").get("circuit").asString())
            .as("two failures of the four the circuit needs to open")
            .isEqualTo("CLOSED");
    }

    @Test
    void answersAWriteTheServiceBrokeOffWith502() {
        HttpResponse<String> response = write("POST", "/api/payments");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("side").asString()).isEqualTo("service");
        assertThat(json(response).get("capability").asString()).isEqualTo("payments");
    }

    @Test
    void servesWritesFromTheServiceAgainOnceItIsBack() {
        stack.service().stop();
        assertThat(write("PUT", "/api/catalog/products/904").statusCode()).isEqualTo(503);
        int monolithRequests = stack.monolith().requests();

        stack.service().restart();

        GatewayFixtures.await(Duration.ofSeconds(10), "the service takes writes again",
                () -> write("PUT", "/api/catalog/products/904").statusCode() == 200);
        assertThat(stack.monolith().requests()).isEqualTo(monolithRequests);
    }

    private static HttpResponse<String> write(String method, String path) {
        return GatewayFixtures.send(HttpRequest.newBuilder(stack.gateway().url(path))
            .method(method, HttpRequest.BodyPublishers.ofString("{\"onHand\":500}"))
            .header("Content-Type", "application/json"));
    }

    /**
     * A server that reads the start of each request and then resets the connection, as a
     * crashing service does.
     */
    private static ServerSocket resettingServer() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        InputStream in = socket.getInputStream();
                        in.read(new byte[1024]);
                        socket.setSoLinger(true, 0);
                    }
                    catch (IOException closed) {
                        // the server socket closed with the JVM
                    }
                }
            }, "resetting-service");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
