package dev.ficus.contract;

import dev.ficus.startup.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed Prometheus configuration ({@code deploy/monitoring/prometheus.yml}),
 * unchanged, run by a real Prometheus against a gateway and the monolith behind it: both
 * targets are up and a query for the gateway's request rate per capability answers. Runs
 * where a {@code prometheus} binary is on the machine (CI installs Debian's).
 */
@ExtendWith(DeploymentsExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusScrapeIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Bounds the load: at most this many requests, one at a time. */
    private static final int MAX_REQUESTS = 3_000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path logDirectory = Path.of(System.getProperty("ficus.contract.log-dir", "target/contract-logs"),
            "prometheus");

    private AppProcess gateway;

    private Process prometheus;

    private URI prometheusUrl;

    @BeforeAll
    void startGatewayAndPrometheus(Deployments deployments) throws IOException {
        Path binary = Path.of(System.getProperty("ficus.contract.prometheus", "/usr/bin/prometheus"));
        assumeThat(Files.isExecutable(binary)).as("a prometheus binary at " + binary).isTrue();
        AppProcess monolith = deployments.monolith();
        Files.createDirectories(logDirectory);
        Path state = Files.createTempDirectory(logDirectory, "gateway-state-");
        gateway = AppProcess.start("gateway-scraped", Deployments.gatewayJar(), logDirectory,
                Deployments.GATEWAY_SHOP_PROFILE, "--ficus.gateway.monolith-url=" + monolith.baseUrl(),
                "--ficus.gateway.state-file=" + state.resolve("state.json"), "--ficus.gateway.admin.port=0",
                "--management.endpoint.health.probes.enabled=true");
        prometheus = startPrometheus(binary, monolith);
    }

    @AfterAll
    void stop() {
        if (prometheus != null) {
            prometheus.destroy();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void prometheusScrapesTheGatewayAndTheMonolithAndAnswersTheRequestRatePerCapability() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        double catalogRate = 0;
        int sent = 0;
        while (Instant.now().isBefore(deadline) && sent < MAX_REQUESTS && catalogRate <= 0) {
            for (int i = 0; i < 20; i++, sent++) {
                assertThat(get(gateway.baseUrl().resolve("/api/catalog/products/" + (1 + sent % 50))).statusCode())
                    .isEqualTo(200);
            }
            catalogRate = catalogRate();
            Thread.sleep(250);
        }

        assertThat(catalogRate).as("catalog requests per second through the gateway, as Prometheus computes it")
            .isGreaterThan(0);
        JsonNode up = query("up");
        List<String> upTargets = new ArrayList<>();
        up.path("data").path("result").forEach(series -> {
            if ("1".equals(series.path("value").path(1).asString())) {
                upTargets.add(series.path("metric").path("service").asString());
            }
        });
        assertThat(upTargets).containsExactlyInAnyOrder("strangler-gateway", "monolith");
    }

    private double catalogRate() throws IOException, InterruptedException {
        JsonNode result = query("sum by (capability, side) (rate(ficus_gateway_requests_seconds_count[30s]))");
        for (JsonNode series : result.path("data").path("result")) {
            if ("catalog".equals(series.path("metric").path("capability").asString())) {
                return Double.parseDouble(series.path("value").path(1).asString());
            }
        }
        return 0;
    }

    private JsonNode query(String promql) throws IOException, InterruptedException {
        URI uri = prometheusUrl.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<Void> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Copies the committed configuration next to a targets file naming the processes of
     * this test, as a user adds theirs, and starts Prometheus on a free loopback port.
     */
    private Process startPrometheus(Path binary, AppProcess monolith) throws IOException {
        Path home = Files.createTempDirectory(logDirectory, "prometheus-");
        Files.copy(Path.of(System.getProperty("ficus.contract.monitoring-dir", "../../deploy/monitoring"))
            .resolve("prometheus.yml"), home.resolve("prometheus.yml"));
        Files.createDirectories(home.resolve("targets"));
        Files.writeString(home.resolve("targets/test.json"), """
                [{"targets": ["127.0.0.1:%d"], "labels": {"service": "strangler-gateway"}},
                 {"targets": ["127.0.0.1:%d"], "labels": {"service": "monolith"}}]
                """.formatted(gateway.baseUrl().getPort(), monolith.baseUrl().getPort()));
        int port = FreePorts.next();
        prometheusUrl = URI.create("http://127.0.0.1:" + port);
        Process process = new ProcessBuilder(binary.toString(), "--config.file=" + home.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + home.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("prometheus.log").toFile())
            .start();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(prometheusUrl.resolve("/-/ready")).statusCode() == 200) {
                    return process;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited; see " + home.resolve("prometheus.log"));
            }
            sleep();
        }
        process.destroy();
        throw new IllegalStateException("prometheus not ready within " + PATIENCE + "; see " + home);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
