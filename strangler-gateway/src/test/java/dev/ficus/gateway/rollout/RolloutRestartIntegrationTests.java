package dev.ficus.gateway.rollout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import dev.ficus.gateway.GatewayFixtures.Backend;
import dev.ficus.gateway.GatewayFixtures.Gateway;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;

import static dev.ficus.gateway.GatewayFixtures.await;
import static dev.ficus.gateway.GatewayFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rollout running when the gateway stops carries on in the next gateway started on the
 * same state file, under real traffic to real backends.
 */
class RolloutRestartIntegrationTests {

    // The latency and error-rate rules have unit tests; a loaded machine's jitter and odd
    // timeout must not roll
    // this back, while a service answering only 500 still does.
    private static final String PLAN = """
            {"steps": [10, 50, 100], "minRequests": 20, "interval": "PT1S", "p99Floor": "PT5S", "maxErrorRate": 0.2}""";

    Path stateDir;

    Backend monolith;

    Backend service;

    volatile Gateway gateway;

    final AtomicBoolean sending = new AtomicBoolean(true);

    Thread traffic;

    @BeforeEach
    void start() throws IOException {
        stateDir = Files.createTempDirectory("ficus-gateway-rollout-restart");
        monolith = Backend.start("monolith");
        service = Backend.start("catalog-service");
        gateway = Gateway.start(monolith, service, stateDir, Map.of());
        traffic = new Thread(this::sendTraffic, "rollout-restart-traffic");
        traffic.start();
    }

    @AfterEach
    void stop() throws InterruptedException, IOException {
        sending.set(false);
        traffic.join(10_000);
        gateway.close();
        service.close();
        monolith.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }

    @Test
    void aRolloutInterruptedByARestartContinuesFromItsStepToTheService() {
        assertThat(gateway.admin("POST", "/admin/routes/catalog/rollout", PLAN).statusCode()).isEqualTo(202);
        await(Duration.ofSeconds(60), "the rollout reaches 50 %",
                () -> table().setting("catalog").weight() == 50 || !status().equals("RUNNING"));
        assertThat(status()).isEqualTo("RUNNING");

        gateway.restart();

        assertThat(reasons()).contains("rollout resumed after restart at weight 50");
        await(Duration.ofSeconds(60), "the resumed rollout ends", () -> !status().equals("RUNNING"));
        assertThat(status()).as(json(gateway.admin("GET", "/admin/routes/catalog/rollout", null)).toString())
            .isEqualTo("COMPLETED");
        assertThat(table().setting("catalog")).isEqualTo(RouteSetting.service());
        assertThat(json(gateway.admin("GET", "/admin/routes/catalog", null)).get("mode").asString())
            .isEqualTo("SERVICE");
        assertThat(reasons())
            .containsSubsequence("rollout started at weight 10", "rollout resumed after restart at weight 50")
            .last()
            .asString()
            .startsWith("rollout advanced from weight 50")
            .endsWith("; completed");
        assertThat(table().audit()).extracting(AuditEntry::current)
            .containsSubsequence(RouteSetting.canary(10), RouteSetting.canary(50), RouteSetting.canary(50),
                    RouteSetting.service());
    }

    @Test
    void aResumedRolloutIsStillRolledBackWhenTheServiceFails() {
        gateway.admin("POST", "/admin/routes/catalog/rollout", PLAN);
        await(Duration.ofSeconds(60), "the rollout reaches 50 %",
                () -> table().setting("catalog").weight() == 50 || !status().equals("RUNNING"));

        gateway.restart();
        service.status(500);

        await(Duration.ofSeconds(60), "the resumed rollout is rolled back", () -> status().equals("ROLLED_BACK"));
        assertThat(table().setting("catalog")).isEqualTo(RouteSetting.monolith());
        assertThat(reasons()).containsSubsequence("rollout resumed after restart at weight 50",
                "rollout rolled back at weight 50: service error rate");
    }

    private String status() {
        return json(gateway.admin("GET", "/admin/routes/catalog/rollout", null)).get("status").asString();
    }

    private RouteTable table() {
        return gateway.bean(RouteTable.class);
    }

    private List<String> reasons() {
        return table().audit().stream().map(AuditEntry::reason).map(this::withoutDetails).toList();
    }

    /** A rollback reason up to its figures, so it can be matched exactly. */
    private String withoutDetails(String reason) {
        int figures = reason.indexOf(" service error rate ");
        return figures < 0 ? reason : reason.substring(0, figures) + " service error rate";
    }

    private void sendTraffic() {
        AtomicInteger user = new AtomicInteger();
        while (sending.get()) {
            try {
                gateway.get("/api/catalog/products/1", Map.of("X-User-Id", "restart-user-" + user.incrementAndGet()));
            }
            catch (RuntimeException ex) {
                // The gateway is restarting; the next request goes to the new one.
            }
        }
    }

}
