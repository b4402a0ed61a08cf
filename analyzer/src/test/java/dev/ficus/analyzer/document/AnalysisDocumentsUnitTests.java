package dev.ficus.analyzer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisDocumentsUnitTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/document");

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop/analysis.json");

    @TempDir
    Path folder;

    @Test
    void readsCandidatesTablesEntryPointsAndSharedKernel() {
        AnalysisDocument analysis = AnalysisDocuments.read(SHOP);

        assertThat(analysis.input().path()).isEqualTo("shop");
        assertThat(analysis.services()).extracting(AnalysisDocument.Service::name)
            .containsExactly("catalog", "notifications", "orders");
        AnalysisDocument.Service catalog = analysis.service("catalog").orElseThrow();
        assertThat(catalog.tables()).containsExactly("product_category", "products");
        assertThat(catalog.entryPoints()).containsExactly(new AnalysisDocument.EntryPointInfo(
                "com.example.shop.catalog.CatalogController", "http", "GET /api/catalog/products/{id}", "product"));
        assertThat(analysis.sharedKernel().types()).containsExactly("com.example.shop.shared.Money");
        assertThat(analysis.typesByName().get("com.example.shop.orders.Order").group()).isEqualTo("orders");
    }

    @Test
    void writesWhatItReadsByteForByte() throws IOException {
        assertThat(AnalysisDocuments.toJson(AnalysisDocuments.read(SHOP))).isEqualTo(Files.readString(SHOP));
    }

    @Test
    void rejectsAnotherSchemaVersion() {
        Path file = FIXTURES.resolve("analysis-schema-1.json");

        assertThatThrownBy(() -> AnalysisDocuments.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessage("analysis " + file + " has schemaVersion 1, this Ficus reads 6 (re-run ./ficus analyze)");
    }

    @Test
    void rejectsAMissingAnalysis() {
        Path file = FIXTURES.resolve("no-such-analysis.json");

        assertThatThrownBy(() -> AnalysisDocuments.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessage("analysis not found: " + file + " (run ./ficus analyze first)");
    }

    @Test
    void rejectsTruncatedJsonInOneLine() {
        assertThatThrownBy(() -> AnalysisDocuments.read(FIXTURES.resolve("analysis-truncated.json")))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("analysis is not valid JSON: ")
            .message()
            .doesNotContain("\n");
    }

    @Test
    void rejectsADocumentOfTheRightVersionWithoutItsServicesInOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("analysis.json"),
                "{\"schemaVersion\": " + AnalysisDocument.SCHEMA_VERSION + ", \"input\": {}}");

        assertThatThrownBy(() -> AnalysisDocuments.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("analysis " + file + " is not a valid analysis.json (")
            .message()
            .doesNotContain("\n");
    }

    @Test
    void namesAnEmptyFileAnArrayAndAPlanForWhatTheyAre() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "");
        Path array = Files.writeString(folder.resolve("array.json"), "[1, 2]");
        Path plan = Files.writeString(folder.resolve("plan.json"),
                "{\"schemaVersion\": 4, \"analysedPath\": \"shop\", \"candidates\": []}");
        Path other = Files.writeString(folder.resolve("package.json"), "{\"name\": \"shop\"}");

        assertThatThrownBy(() -> AnalysisDocuments.read(empty)).isInstanceOf(InvalidInputException.class)
            .hasMessage("analysis " + empty + " is empty (re-run ./ficus analyze)");
        assertThatThrownBy(() -> AnalysisDocuments.read(array))
            .hasMessage("analysis " + array + " holds a JSON array, not an analysis.json (re-run ./ficus analyze)");
        assertThatThrownBy(() -> AnalysisDocuments.read(plan)).hasMessage("analysis " + plan
                + " is a plan.json, not an analysis.json (pass the analysis.json ficus analyze wrote)");
        assertThatThrownBy(() -> AnalysisDocuments.read(other)).hasMessage(
                "analysis " + other + " has no schemaVersion, it is not an analysis.json (re-run ./ficus analyze)");
    }

    @Test
    void namesWhereADocumentOfTheRightVersionIsWrongNotTheJavaClass() throws IOException {
        String valid = Files.readString(SHOP);
        Path file = Files.writeString(folder.resolve("analysis.json"),
                valid.replaceFirst("\"types\" : \\[", "\"types\" : \"none\", \"was\" : ["));

        assertThatThrownBy(() -> AnalysisDocuments.read(file)).isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("analysis " + file + " is not a valid analysis.json (wrong or missing value at ")
            .message()
            .doesNotContain("dev.ficus")
            .doesNotContain("\n");
    }

    @Test
    void namesAFolderGivenAsTheAnalysisAndTheAnalysisInIt() throws IOException {
        Path out = Files.createDirectories(folder.resolve("ficus-out"));
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.copy(SHOP, out.resolve("analysis.json"));

        assertThatThrownBy(() -> AnalysisDocuments.read(out)).isInstanceOf(InvalidInputException.class)
            .hasMessage(
                    "analysis " + out + " is a folder; pass the analysis.json in it, " + out.resolve("analysis.json"));
        assertThatThrownBy(() -> AnalysisDocuments.read(empty))
            .hasMessage("analysis " + empty + " is a folder; pass the analysis.json ficus analyze wrote");
    }

}
