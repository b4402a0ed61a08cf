package dev.ficus.deploycheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay of deploy/k8s, built by the machine's kubectl, parsed strictly and
 * checked against every rule.
 */
class OverlaysIntegrationTests {

    private static final Set<String> APPLICATIONS = Set.of("monolith-app", "strangler-gateway", "catalog-service",
            "inventory-service");

    @BeforeEach
    void needsKubectl() {
        Kustomize.assumeAvailable();
    }

    static Stream<Path> overlays() {
        return DeployTree.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void buildsAndKeepsEveryRule(Path overlay) {
        Manifests manifests = build(overlay);

        assertThat(manifests.workloads()).extracting(Workload::name).containsAll(APPLICATIONS);
        assertThat(manifests.of(io.fabric8.kubernetes.api.model.ConfigMap.class))
            .anySatisfy(map -> assertThat(map.getMetadata().getLabels()).containsKey("grafana_dashboard"));
        assertThat(ManifestChecks.problems(ManifestChecks.all(DeployTree.root()), manifests))
            .as("problems in %s", overlay)
            .isEmpty();
    }

    @Test
    void devRunsTheFourProcessesBesideThrowawayDataServicesWithEverySecretTheyReference() {
        Manifests dev = build(DeployTree.k8s().resolve("overlays/dev"));

        assertThat(dev.workloads()).extracting(Workload::name)
            .containsExactlyInAnyOrder("monolith-app", "strangler-gateway", "catalog-service", "inventory-service",
                    "postgresql", "rabbitmq");
        Set<String> secrets = dev.of(Secret.class)
            .stream()
            .map(secret -> secret.getMetadata().getName())
            .collect(Collectors.toSet());
        List<String> referenced = dev.workloads()
            .stream()
            .flatMap(workload -> workload.containers().stream())
            .flatMap(container -> env(container).stream())
            .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
            .map(variable -> variable.getValueFrom().getSecretKeyRef().getName())
            .distinct()
            .toList();
        assertThat(referenced).hasSize(6);
        assertThat(secrets).containsAll(referenced);
    }

    @Test
    void productionBringsNoSecretAndUsesTheGatewaysUserPortOnly() {
        Manifests production = build(DeployTree.k8s().resolve("overlays/production"));

        assertThat(production.of(Secret.class)).isEmpty();
        Service gateway = production.services()
            .stream()
            .filter(service -> service.getMetadata().getName().equals("strangler-gateway"))
            .findFirst()
            .orElseThrow();
        assertThat(gateway.getSpec().getPorts()).extracting(ServicePort::getPort).containsExactly(8000);
        Ingress ingress = production.ingresses().get(0);
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths())
            .allSatisfy(path -> assertThat(path.getBackend().getService().getName()).isEqualTo("strangler-gateway"));
    }

    @Test
    void pointsTheGatewayAtTheServicesByTheirServiceNames() {
        Manifests dev = build(DeployTree.k8s().resolve("overlays/dev"));

        String gatewayConfig = dev.of(io.fabric8.kubernetes.api.model.ConfigMap.class)
            .stream()
            .filter(map -> map.getMetadata().getName().startsWith("strangler-gateway-config-"))
            .findFirst()
            .orElseThrow()
            .getData()
            .get("application.yml");
        Set<String> serviceNames = dev.services()
            .stream()
            .map(service -> service.getMetadata().getName())
            .collect(Collectors.toSet());
        assertThat(gatewayConfig).contains("http://monolith-app:8080", "http://catalog-service:8081",
                "http://inventory-service:8082", "paths: /api/catalog/**", "paths: /api/inventory/**");
        assertThat(serviceNames).contains("monolith-app", "catalog-service", "inventory-service");
    }

    @Test
    void productionMtlsGivesEachProcessItsOwnCertificateSecretAndProbesTheBackendsOverHttps() {
        Manifests mtls = build(DeployTree.k8s().resolve("overlays/production-mtls"));

        assertThat(mtls.of(Secret.class)).as("certificates come from Secrets made outside, never committed").isEmpty();
        for (String application : APPLICATIONS) {
            Workload workload = mtls.workloads()
                .stream()
                .filter(candidate -> candidate.name().equals(application))
                .findFirst()
                .orElseThrow();
            assertThat(workload.template().getSpec().getVolumes()).filteredOn(volume -> volume.getSecret() != null)
                .extracting(volume -> volume.getSecret().getSecretName())
                .containsExactly(application + "-tls");
            Container app = workload.containers().get(0);
            assertThat(env(app)).anySatisfy(variable -> {
                assertThat(variable.getName()).isEqualTo("FICUS_TRUST_MTLS_ENABLED");
                assertThat(variable.getValue()).isEqualTo("true");
            });
            if (!application.equals("strangler-gateway")) {
                assertThat(List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe()))
                    .allSatisfy(probe -> assertThat(probe.getHttpGet().getScheme()).isEqualTo("HTTPS"));
                assertThat(env(app)).anySatisfy(variable -> {
                    assertThat(variable.getName()).isEqualTo("FICUS_TRUST_MTLS_CALLERS");
                    assertThat(variable.getValue()).startsWith("strangler-gateway");
                });
            }
        }
    }

    private static List<EnvVar> env(Container container) {
        return container.getEnv() == null ? List.of() : container.getEnv();
    }

    private static Manifests build(Path overlay) {
        return new Manifests(new StrictKubernetesParser().parse(Kustomize.build(overlay)));
    }

}
