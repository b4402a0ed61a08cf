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
 * Compiles a generated service and its tests with this repository's Maven wrapper,
 * offline. The fixture's candidate has a remote API (request and response records, path
 * variables) that the sample's top candidate lacks, so this is where that code is proven
 * to compile. Running a generated service's tests ({@code ./mvnw -f DIR verify}) on the
 * sample's top candidate is the migration guide's step 5, run by
 * {@code migration-guide-check}; repeating it here would cost a Spring Boot start for
 * nothing.
 */
class ScaffolderIntegrationTests {

    private static final long BUILD_TIMEOUT_MINUTES = 10;

    @TempDir
    Path folder;

    @Test
    void generatesAServiceThatCompilesWithItsContractTests() throws IOException, InterruptedException {
        Path out = folder.resolve("catalog-service");
        Scaffolder.scaffold(new ScaffoldRequest(ScaffolderUnitTests.PLAN, "catalog", out, false));
        Path log = folder.resolve("build.log");

        Process build = new ProcessBuilder(
                List.of(mavenWrapper().toString(), "-B", "-q", "-o", "-f", out.toString(), "test-compile"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        boolean finished = build.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            build.destroyForcibly();
        }

        assertThat(finished).as("build finished within %d minutes", BUILD_TIMEOUT_MINUTES).isTrue();
        assertThat(build.exitValue()).as(tail(log)).isZero();
        assertThat(out.resolve("target/classes/dev/ficus/catalogservice/CatalogController.class")).isRegularFile();
        assertThat(out.resolve("target/test-classes/dev/ficus/catalogservice/CatalogContractTests.class"))
            .isRegularFile();
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
