package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.cli.FicusCommand;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ficus extract} as a user types it: mistakes are one line and exit code 2. */
class ExtractCommandLineUnitTests {

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop").toAbsolutePath();

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    private Path plan;

    @BeforeEach
    void planPointingAtTheFixture() {
        MigrationPlan committed = PlanFiles.read(SHOP.resolve("plan.json"));
        PlanFiles.write(new MigrationPlan(committed.schemaVersion(), SHOP.toString(), committed.candidates(),
                committed.calledTypes(), committed.events()), folder.resolve("ficus-out"));
        plan = folder.resolve("ficus-out/plan.json");
    }

    private int ficus(String... args) {
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void extractsACandidateNamedAsTheFirstParameter() {
        int exit = ficus("extract", "catalog", "--plan", plan.toString(), "--out", folder.resolve("c").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(folder.resolve("c") + ": 29 files written")
            .contains("next: see " + folder.resolve("c") + "/README.md");
    }

    @Test
    void namesAnOutputFolderTheShellWouldSplitAsOneWordInTheNextCommands() throws IOException {
        Path out = folder.resolve("my services;v2");

        int exit = ficus("extract", "catalog", "--plan", plan.toString(), "--out", out.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(this.out.toString())
            .contains("next: see '" + out + "'/README.md (build: ./mvnw -f '" + out + "'/pom.xml package)");
        assertThat(Files.readString(out.resolve("README.md"))).contains("./mvnw -f '" + out + "'/pom.xml package")
            .contains("--to 'jdbc:h2:file:" + out + "/data/catalog;AUTO_SERVER=TRUE'");
    }

    @Test
    void answersAnUnknownCandidateWithOneLineAndExitCode2() {
        int exit = ficus("extract", "shiping", "--plan", plan.toString(), "--out", folder.resolve("s").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("ficus extract: unknown candidate 'shiping' in " + plan
                + " (candidates: catalog, notifications, orders)");
        assertThat(folder.resolve("s")).doesNotExist();
    }

    @Test
    void answersAFolderInUseWithOneLineAndExitCode2() throws IOException {
        Path out = Files.createDirectories(folder.resolve("used"));
        Files.writeString(out.resolve("a.txt"), "a");

        int exit = ficus("extract", "catalog", "--plan", plan.toString(), "--out", out.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement()
            .asString()
            .endsWith("exists and is not empty (--force replaces it)");
    }

    @Test
    void refusesToForceAReplacementOfTheFolderHoldingThePlanAndKeepsIt() throws IOException {
        Path planFolder = plan.getParent();

        int exit = ficus("extract", "catalog", "--plan", plan.toString(), "--out", planFolder.toString(), "--force");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("ficus extract: --force would replace " + planFolder
                + ", which holds the plan (" + plan + "); choose another --out");
        assertThat(plan).exists();
        assertThat(planFolder.resolve("plan.md")).exists();
    }

    @Test
    void refusesToForceAReplacementOfTheFolderHoldingTheMonolithAndKeepsIt() throws IOException {
        Path repository = folder.resolve("repository");
        Path monolith = copyOfTheShop(repository.resolve("shop"));
        MigrationPlan committed = PlanFiles.read(SHOP.resolve("plan.json"));
        PlanFiles.write(new MigrationPlan(committed.schemaVersion(), monolith.toString(), committed.candidates(),
                committed.calledTypes(), committed.events()), folder.resolve("ficus-out"));

        int exit = ficus("extract", "catalog", "--plan", plan.toString(), "--out", repository.toString(), "--force");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("ficus extract: --force would replace " + repository
                + ", which holds the monolith the plan was made of (" + monolith + "); choose another --out");
        assertThat(monolith.resolve("plan.json")).exists();
    }

    /**
     * The working folder, checked directly: through the command line a regression would
     * replace the module this test runs in.
     */
    @Test
    void refusesToForceAReplacementOfTheWorkingFolderOrAFolderAboveIt() {
        Path here = Path.of("").toAbsolutePath();

        for (Path out : new Path[] { Path.of("."), here.getParent() }) {
            assertThatThrownBy(() -> Extractor.keepsWhatItReads(out, Map.of("the working folder", Path.of(""))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--force would replace " + out + ", which holds the working folder (" + here
                        + "); choose another --out");
        }
    }

    private static Path copyOfTheShop(Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(SHOP)) {
            for (Path path : paths.sorted().toList()) {
                Path copy = target.resolve(SHOP.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    @Test
    void answersAPlanOfThePreviousSchemaWithOneLineAndExitCode2() {
        Path old = Path.of("src/test/resources/fixtures/plan/plan-schema-2.json").toAbsolutePath();

        int exit = ficus("extract", "catalog", "--plan", old.toString(), "--out", folder.resolve("o").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("ficus extract: plan " + old
                + " has schemaVersion 2, this Ficus reads 7 (re-run ./ficus analyze, then ./ficus plan)");
        assertThat(folder.resolve("o")).doesNotExist();
    }

    @Test
    void answersAnAnalysisOfThePreviousSchemaWithOneLineAndExitCode2() {
        Path old = Path.of("src/test/resources/fixtures/document/analysis-schema-2.json").toAbsolutePath();

        int exit = ficus("plan", "--analysis", old.toString(), "--out", folder.resolve("p").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "ficus plan: analysis " + old + " has schemaVersion 2, this Ficus reads 6 (re-run ./ficus analyze)");
        assertThat(folder.resolve("p")).doesNotExist();
    }

    @Test
    void keepsScaffoldAsTheOldNameWithItsCandidateOption() {
        int exit = ficus("scaffold", "--candidate", "catalog", "--plan", plan.toString(), "--out",
                folder.resolve("old").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(folder.resolve("old/pom.xml")).isRegularFile();
    }

}
