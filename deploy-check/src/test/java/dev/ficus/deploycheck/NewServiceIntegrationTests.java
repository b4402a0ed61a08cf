package dev.ficus.deploycheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ficus extract} will write for a new service: a folder beside
 * {@code base/catalog-service} and one line in {@code base/kustomization.yaml}. Built
 * here on a copy of deploy/k8s with an {@code orders-service} made that way.
 */
class NewServiceIntegrationTests {

    @TempDir
    Path copy;

    @BeforeEach
    void needsKubectl() {
        Kustomize.assumeAvailable();
    }

    @Test
    void joinsEveryOverlayWithItsFolderAndOneLine() throws IOException {
        Path k8s = copy.resolve("k8s");
        DeployTree.copy(DeployTree.k8s(), k8s);
        Path catalog = k8s.resolve("base/catalog-service");
        Path orders = k8s.resolve("base/orders-service");
        Files.createDirectories(orders);
        try (Stream<Path> files = Files.list(catalog)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file)
                    .replace("catalog-service", "orders-service")
                    .replace("8081", "8083");
                Files.writeString(orders.resolve(file.getFileName()), text);
            }
        }
        Path base = k8s.resolve("base/kustomization.yaml");
        Files.writeString(base, Files.readString(base)
            .replace("  - inventory-service\n", "  - inventory-service\n  - orders-service\n"));

        Manifests production = new Manifests(
                new StrictKubernetesParser().parse(Kustomize.build(k8s.resolve("overlays/production"))));

        Workload service = production.workloads()
            .stream()
            .filter(workload -> workload.name().equals("orders-service"))
            .findFirst()
            .orElseThrow();
        assertThat(service.containers().get(0).getReadinessProbe().getHttpGet().getPath())
            .isEqualTo("/actuator/health/readiness");
        NetworkPolicy gateway = production.networkPolicies()
            .stream()
            .filter(policy -> policy.getMetadata().getName().equals("strangler-gateway"))
            .findFirst()
            .orElseThrow();
        assertThat(gateway.getSpec().getEgress()).anySatisfy(rule -> assertThat(rule.getTo())
            .anySatisfy(peer -> assertThat(Manifests.matches(peer.getPodSelector(), service.podLabels())).isTrue()));
        List<String> problems = ManifestChecks.problems(ManifestChecks.all(DeployTree.root()), production);
        assertThat(problems).singleElement()
            .asString()
            .contains("runs ficus/orders-service:0.1.0-SNAPSHOT, which the build does not produce");
    }

}
