package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ficus plan} reads only {@code analysis.json}: with the analysed folder gone it
 * writes the same plan, tables with their columns and the called types included, as it
 * does beside the sources.
 */
class PlanCommandUnitTests {

    private static final Path MONOLITH = Path.of("../monolith-app").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    @Test
    void writesTheSamePlanWhenTheAnalysedFolderIsGone() throws IOException {
        Path monolith = copyOfTheSources();
        Path out = folder.resolve("ficus-out");
        String analysis = analysed(monolith, out);
        FicusRun.succeeded("plan", monolith.toString(), "--analysis", analysis, "--out", out.toString());
        String besideTheSources = Files.readString(out.resolve(PlanFiles.PLAN_JSON));

        delete(monolith);
        FicusRun.succeeded("plan", "--analysis", analysis, "--out", out.toString());

        assertThat(monolith).doesNotExist();
        assertThat(out.resolve(PlanFiles.PLAN_JSON)).hasContent(besideTheSources);
        MigrationPlan plan = PlanFiles.read(out.resolve(PlanFiles.PLAN_JSON));
        assertThat(plan.candidates()).extracting(CandidatePlan::name).contains("catalog", "inventory", "orders");
        assertThat(plan.candidate("inventory").orElseThrow().data().tables())
            .as("the tables and columns the entities map, read from the document")
            .anySatisfy(table -> assertThat(table.columns()).isNotEmpty());
        assertThat(plan.calledTypes()).as("the called types the generated adapters need").isNotEmpty();
    }

    @Test
    void readsAnAnalysisGivenWhereTheAnalysedFolderGoes() throws IOException {
        Path monolith = copyOfTheSources();
        Path out = folder.resolve("ficus-out");
        String analysis = analysed(monolith, out);
        FicusRun.succeeded("plan", "--analysis", analysis, "--out", out.toString());
        String withTheOption = Files.readString(out.resolve(PlanFiles.PLAN_JSON));
        Files.delete(out.resolve(PlanFiles.PLAN_JSON));

        FicusRun.succeeded("plan", analysis, "--out", out.toString());
        FicusRun both = FicusRun.of("plan", analysis, "--analysis", analysis, "--out", out.toString());

        assertThat(out.resolve(PlanFiles.PLAN_JSON)).hasContent(withTheOption);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("ficus plan: PATH " + analysis + " is a file: it names the folder"
                + " that was analysed, and --analysis names the analysis.json");
    }

    @Test
    void namesTheFolderWhenGivenAnotherFileOfIt() throws IOException {
        Path pom = Files.writeString(folder.resolve("pom.xml"), "<project/>");

        FicusRun run = FicusRun.of("plan", pom.toString(), "--out", folder.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("ficus plan: PATH " + pom + " is a file, neither the folder that was"
                + " analysed nor an analysis.json: ./ficus plan " + folder);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    /** Analyses the folder into {@code out}; the analysis.json written. */
    private static String analysed(Path monolith, Path out) {
        FicusRun.succeeded("analyze", monolith.toString(), "--out", out.toString(), "--quiet", "--format=json");
        return out.resolve("analysis.json").toString();
    }

    /** The sample's build and main sources, in a folder this test may delete. */
    private Path copyOfTheSources() throws IOException {
        Path copy = folder.resolve("monolith-app");
        Files.createDirectories(copy);
        Files.copy(MONOLITH.resolve("pom.xml"), copy.resolve("pom.xml"));
        Path main = MONOLITH.resolve("src/main");
        try (Stream<Path> paths = Files.walk(main)) {
            for (Path path : paths.sorted().toList()) {
                Path target = copy.resolve("src/main").resolve(main.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
