package dev.ficus.deploycheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KustomizeIntegrationTests {

    @TempDir
    Path directory;

    @BeforeEach
    void needsKubectl() {
        Kustomize.assumeAvailable();
    }

    @Test
    void rendersAKustomization() throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                namespace: shop
                resources: [service.yaml]
                """);
        Files.writeString(directory.resolve("service.yaml"), """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports:
                    - port: 80
                """);

        assertThat(Kustomize.build(directory)).contains("namespace: shop", "name: web");
    }

    @Test
    void reportsKubectlsMessageForABrokenKustomization() throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: [missing.yaml]\n");

        assertThatThrownBy(() -> Kustomize.build(directory)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("kubectl kustomize " + directory + " failed")
            .hasMessageContaining("missing.yaml");
    }

}
