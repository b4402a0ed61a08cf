package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan.json} and {@code plan.md} of the shop fixture are committed next to it (the
 * extract tests start from that {@code plan.json}); run with
 * {@code -Dfixtures.update=true} to rewrite them after a deliberate change.
 */
class PlanFilesUnitTests {

    private static MigrationPlan plan;

    @TempDir
    Path folder;

    @BeforeAll
    static void planTheShop() throws IOException {
        plan = MigrationPlanner.plan(AnalysisDocuments.read(ShopFixture.ANALYSIS));
        if (Boolean.getBoolean("fixtures.update")) {
            PlanFiles.write(plan, ShopFixture.ROOT);
        }
    }

    @Test
    void writesTheSamePlanFilesForTheSameInput() throws IOException {
        PlanFiles.write(plan, folder);

        assertThat(folder.resolve("plan.json")).hasSameTextualContentAs(ShopFixture.ROOT.resolve("plan.json"));
        assertThat(folder.resolve("plan.md")).hasSameTextualContentAs(ShopFixture.ROOT.resolve("plan.md"));
    }

    @Test
    void startsPlanJsonWithSchemaVersionAndCandidatesInExtractionOrder() throws IOException {
        PlanFiles.write(plan, folder);

        String json = Files.readString(folder.resolve("plan.json"));
        assertThat(json).startsWith("{\n  \"schemaVersion\" : " + MigrationPlan.SCHEMA_VERSION + ",");
        assertThat(json.indexOf("\"name\" : \"catalog\"")).isLessThan(json.indexOf("\"name\" : \"notifications\""));
        assertThat(json).contains("\"rank\" : 1,\n    \"score\" : 85.28");
    }

    @Test
    void readsBackWhatItWrote() {
        PlanFiles.write(plan, folder);

        assertThat(PlanFiles.read(folder.resolve("plan.json"))).isEqualTo(plan);
    }

    @Test
    void explainsTheOrderWithNumbersInPlanMarkdown() throws IOException {
        PlanFiles.write(plan, folder);

        String markdown = Files.readString(folder.resolve("plan.md"));
        assertThat(markdown).contains("| 1 | catalog | 85.28 | none |")
            .contains("| incoming synchronous calls | 3 | -2 | -6 |")
            .contains("ficus.gateway.capabilities.catalog.paths=/api/catalog/**")
            .contains("- **cycle**: orders and notifications call each other");
    }

    @Test
    void saysInPlanMarkdownThatADocumentCollectionMovesWithItsStoresTools() throws IOException {
        DataMove.Table history = new DataMove.Table("readhistory", "com.acme.ReadHistory", List.of(), "mongodb");
        List<CandidatePlan> candidates = plan.candidates()
            .stream()
            .map(c -> !c.name().equals("catalog") ? c
                    : new CandidatePlan(c.name(), c.rank(), c.score(), c.why(), c.boundary(),
                            new DataMove(List.of(history), List.of()), c.traffic(), c.checklist(), c.risks()))
            .toList();

        PlanFiles.write(new MigrationPlan(plan.schemaVersion(), plan.analysedPath(), candidates, plan.calledTypes(),
                plan.events()), folder);

        assertThat(Files.readString(folder.resolve("plan.md")))
            .contains("- `readhistory` (mongodb collection of ReadHistory, moved with that store's tools)\n");
    }

    @Test
    void refusesAnOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("plan-out"), "x");

        assertThatThrownBy(() -> PlanFiles.write(plan, file)).isInstanceOf(InvalidInputException.class)
            .hasMessage("output folder is a file: " + file);
        assertThat(file).hasContent("x");
    }

    @Test
    void rejectsAPlanOfAnotherSchemaVersion() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"), "{\"schemaVersion\": 8, \"candidates\": []}");

        assertThatThrownBy(() -> PlanFiles.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessage("plan " + file
                    + " has schemaVersion 8, this Ficus reads 7 (re-run ./ficus analyze, then ./ficus plan)");
    }

}
