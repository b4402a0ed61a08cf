package dev.ficus.bench.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppJarsUnitTests {

    @TempDir
    Path root;

    @Test
    void prefersExecJarOverPlainJarAndNamesWhatIsMissing() throws IOException {
        touch("monolith-app/target/monolith-app-0.1.0-SNAPSHOT.jar");
        touch("monolith-app/target/monolith-app-0.1.0-SNAPSHOT-exec.jar");
        touch("strangler-gateway/target/strangler-gateway-0.1.0-SNAPSHOT.jar");

        AppJars jars = AppJars.under(root);

        assertThat(jars.jar(AppJars.MONOLITH).getFileName()).hasToString("monolith-app-0.1.0-SNAPSHOT-exec.jar");
        assertThat(jars.jar(AppJars.GATEWAY).getFileName()).hasToString("strangler-gateway-0.1.0-SNAPSHOT.jar");
        assertThat(jars.has(AppJars.MONOLITH, AppJars.GATEWAY)).isTrue();
        assertThat(jars.has(AppJars.MONOLITH, AppJars.CATALOG_SERVICE)).isFalse();
        assertThat(jars.missing()).containsExactly(AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE);
    }

    @Test
    void refusesInOneLineNamingOnlyTheNeededApplicationsThatHaveNoJar() throws IOException {
        touch("monolith-app/target/monolith-app-0.1.0-SNAPSHOT-exec.jar");

        AppJars jars = AppJars.under(root);

        assertThat(jars.unbuilt(root, List.of(AppJars.MONOLITH))).isEmpty();
        assertThat(jars.unbuilt(root, List.of(AppJars.MONOLITH, AppJars.GATEWAY, AppJars.INVENTORY_SERVICE)))
            .contains("no runnable jars under " + root + "/*/target (missing: gateway, inventory-service); build them "
                    + "first: ./mvnw -B package -DskipTests");
    }

    @Test
    void fallsBackToWorkingDirectoryWhenNotRunFromTheBenchJar() {
        assertThat(AppJars.defaultRoot(AppJarsUnitTests.class)).isEqualTo(Path.of("").toAbsolutePath());
    }

    private void touch(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.createFile(file);
    }

}
