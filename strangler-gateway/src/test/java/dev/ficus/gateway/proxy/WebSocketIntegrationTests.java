package dev.ficus.gateway.proxy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebSocket of the monolith passes the gateway, and stays open while it is quiet for
 * longer than the response timeout, which bounds a backend's silence only while a request
 * waits for its answer.
 */
class WebSocketIntegrationTests {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(700);

    @TempDir
    Path dir;

    private DisposableServer monolith;

    private Backend unused;

    private Gateway gateway;

    @BeforeEach
    void start() {
        monolith = HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(routes -> routes.ws("/ws/echo", (in, out) -> out.sendString(in.receive().asString())))
            .bindNow();
        unused = Backend.start("unused");
        gateway = Gateway.bare(unused, dir, Map.of("ficus.gateway.monolith-url", "http://127.0.0.1:" + monolith.port(),
                "ficus.gateway.response-timeout", RESPONSE_TIMEOUT.toMillis() + "ms"));
    }

    @AfterEach
    void stop() {
        gateway.close();
        unused.close();
        monolith.disposeNow();
    }

    @Test
    void aQuietWebSocketOutlivesTheResponseTimeout() throws Exception {
        CompletableFuture<String> echo = new CompletableFuture<>();
        URI url = URI.create(gateway.url("/ws/echo").toString().replaceFirst("^http", "ws"));
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(url, new WebSocket.Listener() {

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                echo.complete(data.toString());
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                echo.completeExceptionally(new AssertionError("closed: " + statusCode + " " + reason));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                echo.completeExceptionally(error);
            }

        }).get(10, TimeUnit.SECONDS);

        GatewayFixtures.sleep(RESPONSE_TIMEOUT.multipliedBy(3));
        socket.sendText("still here", true).get(5, TimeUnit.SECONDS);

        assertThat(echo.get(10, TimeUnit.SECONDS)).isEqualTo("still here");
        socket.abort();
    }

}
