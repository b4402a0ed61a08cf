package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.graph.EntryPoint;
import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AnalysisReaderUnitTests {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/plan");

    @Test
    void readsCandidatesTablesEntryPointsAndSharedKernel() {
        Analysis analysis = AnalysisReader.read(ShopFixture.ANALYSIS);

        assertThat(analysis.path()).isEqualTo("shop");
        assertThat(analysis.services()).extracting(CandidateService::name)
                .containsExactly("catalog", "notifications", "orders");
        CandidateService catalog = analysis.service("catalog").orElseThrow();
        assertThat(catalog.tables()).containsExactly("product_category", "products");
        assertThat(catalog.entryPoints()).extracting(EntryPoint::kind, EntryPoint::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryPoint.Kind.HTTP,
                        "GET /api/catalog/products/{id}"));
        assertThat(analysis.sharedKernel().types()).containsExactly("com.example.shop.shared.Money");
        assertThat(analysis.candidateOf("com.example.shop.orders.Order")).contains("orders");
    }

    @Test
    void rejectsAnotherSchemaVersion() {
        Path file = FIXTURES.resolve("analysis-schema-2.json");

        assertThatThrownBy(() -> AnalysisReader.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("analysis " + file + " has schemaVersion 2, this Ficus reads 1 (re-run ./ficus analyze)");
    }

    @Test
    void rejectsAMissingAnalysis() {
        Path file = FIXTURES.resolve("no-such-analysis.json");

        assertThatThrownBy(() -> AnalysisReader.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage("analysis not found: " + file + " (run ./ficus analyze first)");
    }

    @Test
    void rejectsTruncatedJsonInOneLine() {
        assertThatThrownBy(() -> AnalysisReader.read(FIXTURES.resolve("analysis-truncated.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("analysis is not valid JSON: ")
                .message().doesNotContain("\n");
    }
}
