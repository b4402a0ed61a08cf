package dev.ficus.deploycheck;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardQueriesGatewayMetersUnitTests {

    private final ManifestCheck check = new DashboardQueriesGatewayMeters(
            new GatewayMeters(Set.of("ficus.gateway.requests", "ficus.gateway.errors")));

    private static final String DASHBOARD = """
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: dashboard
              labels:
                grafana_dashboard: "1"
            data:
              gateway.json: |
                {"panels": [{"targets": [{"expr": "rate(ficus_gateway_requests_seconds_count[1m])"},
                  {"expr": "histogram_quantile(0.99, rate(ficus_gateway_requests_seconds_bucket[1m]))"},
                  {"expr": "rate(ficus_gateway_errors_total[1m])"}]}]}
            """;

    @Test
    void acceptsQueriesOfRegisteredMeters() {
        assertThat(check.problems(manifests(DASHBOARD))).isEmpty();
    }

    @Test
    void findsASeriesNoMeterPublishes() {
        List<String> problems = check
            .problems(manifests(DASHBOARD.replace("ficus_gateway_errors_total", "ficus_gateway_failures_total")));

        assertThat(problems).containsExactly("ConfigMap dashboard queries ficus_gateway_failures_total, which no "
                + "gateway meter publishes (meters: [ficus.gateway.errors, ficus.gateway.requests])");
    }

    @Test
    void readsTheMetersTheGatewayRegisters() {
        GatewayMeters meters = GatewayMeters.read(DeployTree.root().resolve("strangler-gateway/src/main/java"));

        assertThat(meters.names()).contains("ficus.gateway.requests", "ficus.gateway.errors", "ficus.gateway.fallbacks",
                "ficus.gateway.shadow.comparisons");
    }

    @Test
    void mapsPrometheusSeriesToMeterNames() {
        assertThat(GatewayMeters.meterOf("ficus_gateway_requests_seconds_bucket")).isEqualTo("ficus.gateway.requests");
        assertThat(GatewayMeters.meterOf("ficus_gateway_shadow_comparisons_total"))
            .isEqualTo("ficus.gateway.shadow.comparisons");
    }

    private static Manifests manifests(String extra) {
        return new Manifests(new StrictKubernetesParser().parse(Fixtures.read("valid/manifest.yaml") + extra));
    }

}
