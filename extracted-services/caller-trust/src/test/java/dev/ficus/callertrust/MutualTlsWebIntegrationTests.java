package dev.ficus.callertrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.testsupport.TestCertificates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code ficus.trust.mtls.enabled=true} in a real servlet app on loopback, with an
 * authority and certificates made for this run: the app serves HTTPS, the TLS handshake
 * refuses a certificate from another authority, the caller is its certificate's CN and
 * the allow-list decides (401 without a certificate, 403 for a CN not on it), the probes
 * stay open, and another app's {@link CallerCertificate} presents its own certificate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualTlsWebIntegrationTests {

    @TempDir
    static Path certificates;

    private TestCertificates authority;

    private TestCertificates otherAuthority;

    private Path monolith;

    private ConfigurableApplicationContext inventory;

    @BeforeAll
    void startAServiceThatAcceptsTheGatewayAndTheMonolith() {
        authority = TestCertificates.authority(certificates, "ficus-test-ca");
        otherAuthority = TestCertificates.authority(certificates, "other-ca");
        monolith = authority.issue("monolith-app");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--management.endpoints.web.exposure.include=health", "--ficus.trust.mtls.enabled=true",
                "--ficus.trust.mtls.callers=strangler-gateway,monolith-app"));
        arguments.addAll(authority.bundleArguments("ficus-trust", authority.issue("inventory-service")));
        inventory = new SpringApplicationBuilder(CallerApp.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    void stop() {
        inventory.close();
    }

    @Test
    void aCallerOnTheListWithACertificateFromTheAuthorityIsAnsweredAsItsCommonName() throws Exception {
        HttpResponse<String> answer = get(authority.context(monolith), "/api/caller");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("monolith-app");
        assertThat(answer.sslSession().orElseThrow().getProtocol())
            .as("the certificate is asked for in the first handshake, so TLS 1.3 needs no post-handshake auth")
            .isEqualTo("TLSv1.3");
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefusedByTheHandshake() {
        // trusting the server, so that only the server can end the handshake
        SSLContext impostor = TestCertificates.context(otherAuthority.issue("monolith-app"), authority);

        assertThatThrownBy(() -> get(impostor, "/api/caller")).isInstanceOf(SSLException.class);
    }

    @Test
    void withoutACertificateOnlyTheProbesAnswer() throws Exception {
        assertThat(get(authority.trustingOnly(), "/api/caller").statusCode()).isEqualTo(401);
        assertThat(get(authority.trustingOnly(), "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aCertifiedCallerNotOnTheListIsForbidden() throws Exception {
        HttpResponse<String> answer = get(authority.context(authority.issue("catalog-service")), "/api/caller");

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void theCallerHeadersCountForNothingWithMutualTls() throws Exception {
        HttpRequest spoofed = request("/api/caller").header(CallerTrustProperties.CALLER_HEADER, "monolith-app")
            .header(CallerTrustProperties.TOKEN_HEADER, "anything")
            .build();

        assertThat(client(authority.trustingOnly()).send(spoofed, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(401);
    }

    @Test
    void withClientAuthNeedTheHandshakeRefusesACallerWithoutCertificateAndTheProbesMoveToTheManagementPort()
            throws Exception {
        List<String> arguments = new ArrayList<>(
                List.of("--server.port=0", "--server.address=127.0.0.1", "--management.server.port=0",
                        "--management.server.address=127.0.0.1", "--management.server.ssl.enabled=false",
                        "--management.endpoints.web.exposure.include=health", "--ficus.trust.mtls.enabled=true",
                        "--ficus.trust.mtls.callers=monolith-app", "--server.ssl.client-auth=need"));
        arguments.addAll(authority.bundleArguments("ficus-trust", authority.issue("catalog-service")));
        try (ConfigurableApplicationContext catalog = new SpringApplicationBuilder(CallerApp.class)
            .run(arguments.toArray(String[]::new))) {
            URI api = URI.create("https://127.0.0.1:" + ((WebServerApplicationContext) catalog).getWebServer().getPort()
                    + "/api/caller");
            URI probe = URI.create("http://127.0.0.1:" + catalog.getEnvironment().getProperty("local.management.port")
                    + "/actuator/health");

            HttpResponse<String> allowed = client(authority.context(monolith)).send(HttpRequest.newBuilder(api).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(allowed.body()).isEqualTo("monolith-app");
            assertThat(allowed.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");
            assertThatThrownBy(() -> client(authority.trustingOnly()).send(HttpRequest.newBuilder(api).build(),
                    HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLException.class);
            assertThat(HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anotherAppsCallsPresentItsOwnCertificateFromItsBundle() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--ficus.trust.mtls.enabled=true"));
        arguments.addAll(authority.bundleArguments("ficus-trust", monolith));
        try (ConfigurableApplicationContext caller = new SpringApplicationBuilder(CallerApp.class)
            .web(WebApplicationType.NONE)
            .run(arguments.toArray(String[]::new))) {
            CallerCertificate certificate = caller.getBean(CallerCertificate.class);
            HttpClient http = certificate.presentedBy(HttpClient.newBuilder()).build();

            HttpResponse<String> answer = http.send(request("/api/caller").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(certificate.presented()).isTrue();
            assertThat(answer.body()).isEqualTo("monolith-app");
        }
    }

    private HttpResponse<String> get(SSLContext tls, String path) throws IOException, InterruptedException {
        return client(tls).send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private HttpRequest.Builder request(String path) {
        int port = ((WebServerApplicationContext) inventory).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class CallerApp {

        @GetMapping("/api/caller")
        String caller(Principal caller) {
            return caller.getName();
        }

    }

}
