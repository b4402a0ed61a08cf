package dev.ficus.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the release archive the build just made, as a user would, and runs its
 * {@code bin/ficus}.
 */
class DistributionIntegrationTests {

    private static final String VERSION = System.getProperty("ficus.version");

    private static final Path ARCHIVE = Path.of(System.getProperty("ficus.distribution") + ".tar.gz");

    private static final Path ZIP = Path.of(System.getProperty("ficus.distribution") + ".zip");

    private static final Path FIXTURE = Path.of(System.getProperty("ficus.fixture"));

    @TempDir
    static Path installed;

    private static Path home;

    @TempDir
    Path work;

    @BeforeAll
    static void unpacksTheArchive() throws Exception {
        Run tar = run(installed, List.of("tar", "-xzf", ARCHIVE.toString(), "-C", installed.toString()), Map.of());
        assertThat(tar.exitCode()).as(tar.err()).isZero();
        home = installed.resolve("ficus-" + VERSION);
    }

    @Test
    void holdsTheScriptsLibrariesLicenseAndReadme() throws IOException {
        assertThat(home.resolve("bin/ficus")).isRegularFile();
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/ficus")))
            .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(Files.readString(home.resolve("bin/ficus.cmd"))).contains("\r\n");
        assertThat(Files.readString(home.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(home.resolve("README"))).contains("Ficus " + VERSION).doesNotContain("${");
        try (var jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()).toList())
                .contains("analyzer-" + VERSION + ".jar", "data-migration-" + VERSION + ".jar",
                        "benchmarks-" + VERSION + ".jar", "demo-" + VERSION + ".jar")
                .anyMatch(jar -> jar.startsWith("javaparser-symbol-solver-core"));
        }
    }

    @Test
    void zipHoldsTheSameFilesAsTheTarball() throws IOException {
        List<String> unpacked = new ArrayList<>();
        try (var files = Files.walk(home)) {
            files.filter(Files::isRegularFile)
                .forEach(file -> unpacked
                    .add("ficus-" + VERSION + "/" + home.relativize(file).toString().replace('\\', '/')));
        }
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            assertThat(zip.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).toList())
                .containsExactlyInAnyOrderElementsOf(unpacked);
        }
    }

    @Test
    void printsItsVersion() throws Exception {
        Run run = ficus("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("ficus " + VERSION);
    }

    @Test
    void analysesACodebase() throws Exception {
        Run run = ficus("analyze", FIXTURE.toString(), "--out", work.resolve("out").toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("candidate services");
        assertThat(work.resolve("out/analysis.json")).isRegularFile();
        assertThat(Files.readString(work.resolve("out/analysis.json")))
            .contains("com.example.shop.orders.OrderManagement");
        assertThat(work.resolve("out/report.html")).isRegularFile();
    }

    @Test
    void answersATypoWithASuggestionAndExitCodeTwo() throws Exception {
        Run run = ficus("anlyze", FIXTURE.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
            .isEqualTo("ficus: unknown command 'anlyze', did you mean 'analyze'? (see 'ficus --help')\n");
    }

    @Test
    void runsTheCommandsOfTheOtherJars() throws Exception {
        Run migrate = ficus("migrate-data", "--help");
        Run bench = ficus("bench", "--help");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Usage: migrate-data", "--capability");
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("Usage: bench");
    }

    @Test
    void saysInOneLineThatTheDemoNeedsAClone() throws Exception {
        Run demo = ficus("demo");

        assertThat(demo.exitCode()).as(demo.out()).isEqualTo(2);
        assertThat(demo.err().lines()).singleElement()
            .asString()
            .startsWith("demo: runs on the sample monolith of a Ficus clone and there is none under ")
            .endsWith(": run ./ficus demo in a clone of the Ficus repository, or pass --root CLONE");
        assertThat(work.resolve("ficus-demo")).doesNotExist();
    }

    @Test
    void honoursFicusJavaOptsAfterItsDefaults() throws Exception {
        Run run = run(work, List.of(home.resolve("bin/ficus").toString(), "--version"),
                Map.of("FICUS_JAVA_OPTS", "-Xmx1m"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err() + run.out()).containsIgnoringCase("heap");
    }

    @Test
    void printsACompletionScript() throws Exception {
        Run run = ficus("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_ficus", "migrate-data", "analyze");
    }

    private Run ficus(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/ficus").toString()));
        command.addAll(List.of(args));
        return run(work, command, Map.of());
    }

    private static Run run(Path directory, List<String> command, Map<String, String> environment) throws Exception {
        Path out = Files.createTempFile("ficus-out", ".txt");
        Path err = Files.createTempFile("ficus-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
        builder.environment().remove("FICUS_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }

}
