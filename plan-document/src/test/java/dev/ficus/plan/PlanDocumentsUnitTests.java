package dev.ficus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentsUnitTests {

    @TempDir
    Path folder;

    @Test
    void readsAPlanIntoTheRecordsAndWritesTheSameBytesBack() throws IOException {
        MigrationPlan plan = PlanDocuments.read(PlanFixtures.SHOP_PLAN);

        assertThat(plan.candidates()).extracting(CandidatePlan::name)
            .containsExactly("catalog", "notifications", "orders");
        assertThat(plan.candidate("catalog").orElseThrow().data().tables()).extracting(DataMove.Table::name)
            .containsExactly("product_category", "products");
        assertThat(plan.candidate("catalog").orElseThrow().data().tables().get(1).primaryKey()).containsExactly("id");
        assertThat(PlanDocuments.toJson(plan)).isEqualTo(Files.readString(PlanFixtures.SHOP_PLAN));
    }

    @Test
    void namesAMissingPlanAndTheCommandThatWritesIt() {
        Path missing = folder.resolve("plan.json");

        assertThatThrownBy(() -> PlanDocuments.read(missing)).isInstanceOf(PlanDocumentException.class)
            .hasMessage("plan not found: " + missing + " (run ./ficus plan first)");
    }

    @Test
    void rejectsATruncatedPlanInOneLine() throws IOException {
        String json = Files.readString(PlanFixtures.SHOP_PLAN);
        Path truncated = Files.writeString(folder.resolve("plan.json"), json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> PlanDocuments.read(truncated)).isInstanceOf(PlanDocumentException.class)
            .hasMessageStartingWith("plan " + truncated + " is not valid JSON (")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rejectsAPlanOfAnotherSchemaVersion() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"),
                "{\"schemaVersion\": " + (MigrationPlan.SCHEMA_VERSION + 1) + ", \"candidates\": []}");

        assertThatThrownBy(() -> PlanDocuments.read(file)).isInstanceOf(PlanDocumentException.class)
            .hasMessage(
                    "plan " + file + " has schemaVersion " + (MigrationPlan.SCHEMA_VERSION + 1) + ", this Ficus reads "
                            + MigrationPlan.SCHEMA_VERSION + " (re-run ./ficus analyze, then ./ficus plan)");
    }

    @Test
    void rejectsJsonThatIsNotAPlan() throws IOException {
        Path file = Files.writeString(folder.resolve("plan.json"),
                "{\"schemaVersion\": " + MigrationPlan.SCHEMA_VERSION + ", \"analysedPath\": \"x\"}");

        assertThatThrownBy(() -> PlanDocuments.read(file)).isInstanceOf(PlanDocumentException.class)
            .hasMessageStartingWith("plan " + file + " is not a valid plan.json (")
            .hasMessageContaining("candidates");
    }

    @Test
    void namesAnEmptyFileAnArrayAndAnAnalysisForWhatTheyAre() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "");
        Path array = Files.writeString(folder.resolve("array.json"), "[]");
        Path analysis = Files.writeString(folder.resolve("analysis.json"),
                "{\"schemaVersion\": 4, \"input\": {\"path\": \"shop\"}, \"services\": []}");
        Path other = Files.writeString(folder.resolve("package.json"), "{\"name\": \"shop\"}");

        assertThatThrownBy(() -> PlanDocuments.read(empty)).isInstanceOf(PlanDocumentException.class)
            .hasMessage("plan " + empty + " is empty (re-run ./ficus analyze, then ./ficus plan)");
        assertThatThrownBy(() -> PlanDocuments.read(array)).hasMessage(
                "plan " + array + " holds a JSON array, not a plan.json (re-run ./ficus analyze, then ./ficus plan)");
        assertThatThrownBy(() -> PlanDocuments.read(analysis))
            .hasMessage("plan " + analysis + " is an analysis.json, not a plan.json (make the plan with ./ficus plan)");
        assertThatThrownBy(() -> PlanDocuments.read(other)).hasMessage("plan " + other
                + " has no schemaVersion, it is not a plan.json (re-run ./ficus analyze, then ./ficus plan)");
    }

    @Test
    void namesAFolderGivenAsThePlanAndThePlanInIt() throws IOException {
        Path out = Files.createDirectories(folder.resolve("ficus-out"));
        Files.copy(PlanFixtures.SHOP_PLAN, out.resolve("plan.json"));

        assertThatThrownBy(() -> PlanDocuments.read(out)).isInstanceOf(PlanDocumentException.class)
            .hasMessage("plan " + out + " is a folder; pass the plan.json in it, " + out.resolve("plan.json"));
        assertThatThrownBy(() -> PlanDocuments.read(folder))
            .hasMessage("plan " + folder + " is a folder; pass the plan.json ficus plan wrote");
    }

}
