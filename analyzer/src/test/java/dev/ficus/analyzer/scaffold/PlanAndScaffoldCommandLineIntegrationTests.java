package dev.ficus.analyzer.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ficus plan} and {@code ficus scaffold} as a user runs them: the shop fixture
 * read by the real source and graph stages, and every user mistake answered with exit
 * code 2, one line on stderr and nothing written.
 */
class PlanAndScaffoldCommandLineIntegrationTests {

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop");

    private static final Path FIXTURES = SHOP.getParent();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    private int ficus(String... args) {
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void plansFromTheSourcesAndScaffoldsTheTopCandidate() throws IOException {
        Path planFolder = folder.resolve("out");

        int planned = ficus("plan", SHOP.toString(), "--analysis", SHOP.resolve("analysis.json").toString(), "--out",
                planFolder.toString(), "--quiet");

        assertThat(planned).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("extraction order: 1. catalog (")
            .containsSubsequence("), 2. notifications (", "), 3. orders (", "); wrote ");
        assertThat(Files.readString(planFolder.resolve("plan.md")))
            .contains("OrderManagement (orders) → CatalogManagement.priceOf (catalog) at "
                    + "src/main/java/com/example/shop/orders/OrderManagement.java:20");

        int scaffolded = ficus("scaffold", "--plan", planFolder.resolve("plan.json").toString(), "--candidate",
                "catalog", "--out", folder.resolve("catalog-service").toString());

        assertThat(scaffolded).as(err.toString()).isZero();
        assertThat(out.toString()).contains("catalog-service: 13 files written, 0 unchanged");
        assertThat(folder.resolve("catalog-service/pom.xml")).isRegularFile();
    }

    @Test
    void refusesAMissingAnalysis() {
        Path missing = folder.resolve("analysis.json");

        assertUserMistake(
                ficus("plan", SHOP.toString(), "--analysis", missing.toString(), "--out",
                        folder.resolve("out").toString()),
                "ficus plan: analysis not found: " + missing + " (run ./ficus analyze first)");
    }

    @Test
    void refusesAnAnalysisOfAnotherSchemaVersion() {
        Path analysis = Path.of("src/test/resources/fixtures/document/analysis-schema-1.json");

        assertUserMistake(
                ficus("plan", SHOP.toString(), "--analysis", analysis.toString(), "--out",
                        folder.resolve("out").toString()),
                "ficus plan: analysis " + analysis
                        + " has schemaVersion 1, this Ficus reads 2 (re-run ./ficus analyze)");
    }

    @Test
    void refusesAnAnalysisOfAnotherFolder() {
        Path analysis = SHOP.resolve("analysis.json");

        assertUserMistake(
                ficus("plan", FIXTURES.toString(), "--analysis", analysis.toString(), "--out",
                        folder.resolve("out").toString()),
                "ficus plan: the analysis " + analysis + " is of shop, not of " + FIXTURES + ": re-run ./ficus analyze "
                        + FIXTURES);
    }

    @Test
    void refusesAnUnknownCandidate() {
        assertUserMistake(
                ficus("scaffold", "--plan", ScaffolderUnitTests.PLAN.toString(), "--candidate", "billing", "--out",
                        folder.resolve("billing").toString()),
                "ficus scaffold: unknown candidate 'billing' in " + ScaffolderUnitTests.PLAN
                        + " (candidates: catalog, notifications, orders)");
    }

    @Test
    void refusesAnOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("service"), "mine");

        assertUserMistake(ficus("scaffold", "--plan", ScaffolderUnitTests.PLAN.toString(), "--candidate", "catalog",
                "--out", file.toString()), "ficus scaffold: output folder is a file: " + file);
        assertThat(file).hasContent("mine");
    }

    @Test
    void refusesAPlanOfAnotherSchemaVersion() throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.json"), "{\"schemaVersion\": 1, \"candidates\": []}");

        assertUserMistake(
                ficus("scaffold", "--plan", plan.toString(), "--candidate", "catalog", "--out",
                        folder.resolve("catalog").toString()),
                "ficus scaffold: plan " + plan + " has schemaVersion 1, this Ficus reads 2 (re-run ./ficus plan)");
    }

    private void assertUserMistake(int exitCode, String message) {
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(message + System.lineSeparator());
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).allMatch(path -> path.getFileName().toString().equals("service")
                    || path.getFileName().toString().equals("plan.json"));
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
