package dev.ficus.analyzer.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a generated service with this repository's Maven wrapper, offline, and runs its own tests: the one slow
 * test of the scaffold, proving the skeleton compiles, migrates its tables and serves its endpoints.
 */
class ScaffolderIntegrationTests {

    private static final long BUILD_TIMEOUT_MINUTES = 10;

    @TempDir
    Path folder;

    @Test
    void generatesAServiceWhoseBuildAndContractTestsPass() throws IOException, InterruptedException {
        Path out = folder.resolve("catalog-service");
        Scaffolder.scaffold(new ScaffoldRequest(ScaffolderUnitTests.PLAN, "catalog", out, false));
        Path log = folder.resolve("build.log");

        Process build = new ProcessBuilder(List.of(mavenWrapper().toString(), "-B", "-q", "-o", "-f",
                out.toString(), "verify", "-Dsurefire.printSummary=true"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = build.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            build.destroyForcibly();
        }

        assertThat(finished).as("build finished within %d minutes", BUILD_TIMEOUT_MINUTES).isTrue();
        assertThat(build.exitValue()).as(tail(log)).isZero();
        assertThat(out.resolve("target/surefire-reports/dev.ficus.catalogservice.CatalogContractTests.txt"))
                .content().contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
        assertThat(out.resolve("target/catalog-service-0.1.0-SNAPSHOT.jar")).isRegularFile();
    }

    /** The repository's {@code mvnw}, found above the module's working directory. */
    private static Path mavenWrapper() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("mvnw"))) {
                return dir.resolve("mvnw");
            }
        }
        throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
