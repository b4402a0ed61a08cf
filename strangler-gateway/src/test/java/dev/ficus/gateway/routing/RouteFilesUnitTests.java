package dev.ficus.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading route files: the Kubernetes starter file, several instances, and the
 * fingerprint the reload compares.
 */
class RouteFilesUnitTests {

    @TempDir
    Path dir;

    @Test
    void readsNoCapabilityFromAFileOfCommentsOnlyAsTheKubernetesStarterFileIs() throws IOException {
        Files.writeString(dir.resolve("routes.yaml"), "# capabilities as data, none yet\n");

        assertThat(RouteFiles.load(List.of(dir))).isEmpty();
    }

    @Test
    void bindsSeveralServiceInstancesAndATimeout() throws IOException {
        Files.writeString(dir.resolve("shipping.yaml"), """
                ficus:
                  gateway:
                    routes:
                      shipping:
                        paths: /api/shipping/**
                        service-urls: http://127.0.0.1:8083, http://127.0.0.1:8093
                        timeout: 500ms
                """);

        Capability shipping = RouteFiles.load(List.of(dir)).get("shipping").toCapability("shipping");

        assertThat(shipping.serviceUrls()).containsExactly(URI.create("http://127.0.0.1:8083"),
                URI.create("http://127.0.0.1:8093"));
        assertThat(shipping.serviceUrl()).isEqualTo(URI.create("http://127.0.0.1:8083"));
        assertThat(shipping.balanced()).isTrue();
        assertThat(shipping.timeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void fingerprintChangesWithTheContentsOfAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("routes.properties"), "ficus.gateway.routes.a.paths=/a/**\n");
        String before = RouteFiles.fingerprint(List.of(dir));
        Files.writeString(file, "ficus.gateway.routes.a.paths=/b/**\n");

        String after = RouteFiles.fingerprint(List.of(dir));
        Files.writeString(file, "ficus.gateway.routes.a.paths=/a/**\n");

        assertThat(after).isNotEqualTo(before);
        assertThat(RouteFiles.fingerprint(List.of(dir))).isEqualTo(before);
    }

}
