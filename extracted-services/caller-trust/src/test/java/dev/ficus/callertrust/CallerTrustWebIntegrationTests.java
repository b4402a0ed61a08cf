package dev.ficus.callertrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auto-configuration in a real servlet app on loopback: off, nothing changes (no
 * login, no security headers); on, the allow-list decides.
 */
class CallerTrustWebIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void offLetsEveryRequestThroughUntouched() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> answer = get(app, "/api/ping", null, null);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("pong");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).isEmpty();
        }
    }

    @Test
    void onAnswersOnlyTheAllowListAndKeepsTheProbesOpen() throws Exception {
        try (ConfigurableApplicationContext app = start("--ficus.trust.enabled=true",
                "--ficus.trust.callers.strangler-gateway=gw-token")) {
            assertThat(get(app, "/api/ping", "strangler-gateway", "gw-token").statusCode()).isEqualTo(200);
            assertThat(get(app, "/api/ping", null, null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/ping", "strangler-gateway", "other").statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/ping", "orders-service", "gw-token").statusCode()).isEqualTo(401);
            assertThat(get(app, "/actuator/health", null, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void callsMadeWithBootsRestClientBuildersCarryTheAppsIdentity() throws Exception {
        try (ConfigurableApplicationContext app = start("--ficus.trust.enabled=true",
                "--ficus.trust.callers.orders-service=orders-token", "--ficus.trust.caller=orders-service",
                "--ficus.trust.token=orders-token")) {
            String url = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();

            // each builder the app takes is a new one: every one carries the identity
            for (int builder = 0; builder < 2; builder++) {
                String answer = app.getBean(RestClient.Builder.class)
                    .baseUrl(url)
                    .build()
                    .get()
                    .uri("/api/ping")
                    .retrieve()
                    .body(String.class);
                assertThat(answer).isEqualTo("pong");
            }
        }
    }

    @Test
    void callsOfAnAppWithoutIdentityCarryNone() throws Exception {
        try (ConfigurableApplicationContext app = start("--ficus.trust.enabled=true",
                "--ficus.trust.callers.orders-service=orders-token")) {
            RestClient client = app.getBean(RestClient.Builder.class)
                .baseUrl("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort())
                .build();

            assertThatExceptionOfType(HttpClientErrorException.Unauthorized.class)
                .isThrownBy(() -> client.get().uri("/api/ping").retrieve().body(String.class));
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        String[] all = new String[arguments.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--server.address=127.0.0.1";
        all[2] = "--management.endpoints.web.exposure.include=health";
        System.arraycopy(arguments, 0, all, 3, arguments.length);
        return new SpringApplicationBuilder(PingApp.class).run(all);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path, String caller, String token)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (caller != null) {
            request.header(CallerTrustProperties.CALLER_HEADER, caller)
                .header(CallerTrustProperties.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class PingApp {

        @GetMapping("/api/ping")
        String ping() {
            return "pong";
        }

    }

}
