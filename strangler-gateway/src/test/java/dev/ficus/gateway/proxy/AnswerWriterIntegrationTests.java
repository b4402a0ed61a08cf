package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import dev.ficus.gateway.GatewayFixtures;
import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import dev.ficus.gateway.proxy.DroppedResponseFallbackIntegrationTests.Behaviour;
import dev.ficus.gateway.proxy.DroppedResponseFallbackIntegrationTests.HangingUpService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the monolith's answer reaches the user: a short one whole, so a monolith that hangs
 * up in the middle of its body is a 502, not a 200 cut short; a long one, or an event
 * stream, as it comes. A monolith that stalls inside a short body is given up on after
 * the response timeout; a user who pauses inside a long one is not.
 */
class AnswerWriterIntegrationTests {

    /** Well below the 10 s the monolith waits before it sends the rest of a body. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

    Path stateDir;

    Backend unused;

    HangingUpService monolith;

    Gateway gateway;

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws IOException {
        stateDir = Files.createTempDirectory("ficus-gateway-answer");
        unused = Backend.start("catalog-service");
        monolith = new HangingUpService();
        gateway = Gateway.start(unused, unused, stateDir,
                Map.of("ficus.gateway.monolith-url", "http://127.0.0.1:" + monolith.port(),
                        "ficus.gateway.response-timeout", RESPONSE_TIMEOUT.toMillis() + "ms"));
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        monolith.close();
        unused.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void aMonolithThatHangsUpInTheMiddleOfAShortBodyIsABadGatewayWithoutItsHeaders() {
        monolith.behave(request -> Behaviour.PART_OF_BODY_THEN_HANG_UP);

        HttpResponse<String> response = gateway.get("/orders/1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Set-Cookie")).as("the failed answer's own header").isEmpty();
        assertThat(GatewayFixtures.json(response).get("side").asString()).isEqualTo("monolith");
    }

    @Test
    void aShortAnswerReachesTheUserOnlyOnceTheMonolithHasSentAllOfIt() throws Exception {
        monolith.behave(request -> Behaviour.SHORT_BODY_IN_TWO_PARTS);

        CompletableFuture<HttpResponse<InputStream>> response = headersOf("/orders/2");

        GatewayFixtures.sleep(Duration.ofMillis(500));
        assertThat(response).as("no headers before the whole body").isNotDone();
        assertThat(monolith.bodySent()).isFalse();
        monolith.goOn();
        assertThat(response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        try (InputStream body = response.get().body()) {
            assertThat(body.readAllBytes()).hasSize(HangingUpService.SHORT_BODY_BYTES);
        }
    }

    @Test
    void aLongAnswerReachesTheUserBeforeTheMonolithHasSentAllOfIt() throws Exception {
        assertStreamed(Behaviour.LARGE_BODY_IN_TWO_PARTS, HangingUpService.LARGE_BODY_BYTES);
    }

    @Test
    void aShortEventStreamReachesTheUserAsItComes() throws Exception {
        assertStreamed(Behaviour.SHORT_EVENT_STREAM_IN_TWO_PARTS, HangingUpService.SHORT_BODY_BYTES);
    }

    @Test
    void aMonolithThatStallsInsideAShortBodyIsAGatewayTimeout() {
        monolith.behave(request -> Behaviour.SHORT_BODY_IN_TWO_PARTS);

        HttpResponse<String> response = gateway.get("/orders/4");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(504);
        assertThat(GatewayFixtures.json(response).get("detail").asString()).contains("did not answer in time");
    }

    @Test
    void aUserWhoPausesInsideALongDownloadForLongerThanTheResponseTimeoutGetsAllOfIt() throws IOException {
        monolith.behave(request -> Behaviour.HUGE_BODY);

        try (Socket user = new Socket()) {
            // a small window, so the gateway soon has to wait for the user
            user.setReceiveBufferSize(64 * 1024);
            user.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), gateway.url("/").getPort()));
            user.setSoTimeout(20_000);
            user.getOutputStream()
                .write("GET /downloads/1 HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = user.getInputStream();
            byte[] start = in.readNBytes(1024);
            GatewayFixtures.sleep(RESPONSE_TIMEOUT.plusSeconds(1));
            long rest = in.transferTo(OutputStream.nullOutputStream());

            String head = new String(start, StandardCharsets.US_ASCII);
            assertThat(head).startsWith("HTTP/1.1 200");
            assertThat(start.length + rest - (head.indexOf("\r\n\r\n") + 4)).as("body bytes the user got")
                .isEqualTo(HangingUpService.HUGE_BODY_BYTES);
        }
    }

    @Test
    void anEventStreamAnsweredBeforeTheUploadEndedMayStaySilentForLongerThanTheResponseTimeout() throws IOException {
        monolith.behave(request -> Behaviour.EVENT_STREAM_BEFORE_THE_UPLOAD_ENDS);

        try (Socket user = new Socket(InetAddress.getLoopbackAddress(), gateway.url("/").getPort())) {
            user.setSoTimeout(20_000);
            OutputStream out = user.getOutputStream();
            out.write(("POST /orders/7 HTTP/1.1\r\nHost: gateway\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                    + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = user.getInputStream();
            StringBuilder stream = new StringBuilder();
            while (!stream.toString().contains("data: a")) {
                int read = in.read();
                assertThat(read).as("the first event before the upload ends: " + stream).isNotNegative();
                stream.append((char) read);
            }
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            GatewayFixtures.sleep(RESPONSE_TIMEOUT.plusSeconds(1));
            monolith.goOn();
            stream.append(new String(in.readAllBytes(), StandardCharsets.US_ASCII));

            assertThat(stream.toString()).contains("data: b");
        }
    }

    @Test
    void anEventStreamMayStaySilentForLongerThanTheResponseTimeout() throws Exception {
        monolith.behave(request -> Behaviour.SHORT_EVENT_STREAM_IN_TWO_PARTS);

        HttpResponse<InputStream> response = headersOf("/orders/6").get(10, TimeUnit.SECONDS);

        GatewayFixtures.sleep(RESPONSE_TIMEOUT.plusSeconds(1));
        monolith.goOn();
        try (InputStream body = response.body()) {
            assertThat(body.readAllBytes()).hasSize(HangingUpService.SHORT_BODY_BYTES);
        }
    }

    private void assertStreamed(Behaviour answer, int bytes) throws Exception {
        monolith.behave(request -> answer);

        HttpResponse<InputStream> response = headersOf("/orders/3").get(10, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(monolith.bodySent()).as("the user had the headers before the monolith sent the second half")
            .isFalse();
        monolith.goOn();
        try (InputStream body = response.body()) {
            assertThat(body.readAllBytes()).hasSize(bytes);
        }
    }

    /** The answer, once its headers are in. */
    private CompletableFuture<HttpResponse<InputStream>> headersOf(String path) {
        return client.sendAsync(HttpRequest.newBuilder(gateway.url(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

}
