package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

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
 * up in the middle of its body is a 502, not a 200 cut short; a long one streamed.
 */
class AnswerWriterIntegrationTests {

    Path stateDir;

    Backend unused;

    HangingUpService monolith;

    Gateway gateway;

    @BeforeEach
    void start() throws IOException {
        stateDir = Files.createTempDirectory("ficus-gateway-answer");
        unused = Backend.start("catalog-service");
        monolith = new HangingUpService();
        gateway = Gateway.start(unused, unused, stateDir,
                Map.of("ficus.gateway.monolith-url", "http://127.0.0.1:" + monolith.port()));
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        monolith.close();
        unused.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void aMonolithThatHangsUpInTheMiddleOfAShortBodyIsABadGateway() {
        monolith.behave(request -> Behaviour.PART_OF_BODY_THEN_HANG_UP);

        HttpResponse<String> response = gateway.get("/orders/1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayFixtures.json(response).get("side").asString()).isEqualTo("monolith");
    }

    @Test
    void aShortAnswerReachesTheUserWhole() {
        HttpResponse<String> response = gateway.get("/orders/2");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"path\":\"service\"}");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("18");
    }

    @Test
    void aLongAnswerReachesTheUserBeforeTheMonolithHasSentAllOfIt() throws Exception {
        monolith.behave(request -> Behaviour.LARGE_BODY_IN_TWO_PARTS);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        // returns once the headers are in
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(gateway.url("/orders/3")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(monolith.largeBodySent()).as("the user had the headers before the monolith sent the second half")
            .isFalse();
        monolith.goOn();
        try (InputStream body = response.body()) {
            assertThat(body.readAllBytes()).hasSize(HangingUpService.LARGE_BODY_BYTES);
        }
    }

}
