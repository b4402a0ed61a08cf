package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandIntegrationTests {

    private static final String ANALYSIS = AnalysisDocuments.toJson(new AnalysisDocument(
            AnalysisDocument.SCHEMA_VERSION, new AnalysisDocument.Input("shop", List.of("src/main/java")),
            new AnalysisDocument.Stats(4, 40, 4, 0, 0, 0.0, 1, 1), new AnalysisDocument.Resolution(1.0, null),
            new AnalysisDocument.Metrics(0, 0, 0, 0, 0, 0),
            List.of(service("orders", "com.shop.orders.Order", "com.shop.orders.OrderService"),
                    service("catalog", "com.shop.catalog.Product")),
            new AnalysisDocument.SharedKernel(List.of("com.shop.Money"), "values"),
            new AnalysisDocument.SharedKernel(List.of(), "none"), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of()));

    @TempDir
    Path folder;

    @Test
    void printsMoJoFmAriPurityAndTheMatchPerCandidate() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), ANALYSIS);
        Path truth = Files.writeString(folder.resolve("truth.rsf"),
                "contain ordering Order\ncontain ordering OrderService\ncontain ordering Money\n"
                        + "contain products Product\n");

        FicusRun run = FicusRun.of("score", "--truth", truth.toString(), analysis.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("common classes: 4 placed by the analysis, 0 not placed")
            .contains("MoJoFM   50.00")
            .contains("ARI      0.333")
            .contains("purity   1.000")
            .containsPattern("shared-kernel +ordering +1 +1.00 +0.33");
    }

    @Test
    void answersAMissingTruthWithOneLineAndExitCodeTwo() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), ANALYSIS);

        FicusRun run = FicusRun.of("score", "--truth", folder.resolve("none.rsf").toString(), analysis.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("ficus score: truth not found: " + folder.resolve("none.rsf"));
    }

    @Test
    void answersAnAnalysisOfAnotherSchemaVersionWithOneLineAndExitCodeTwo() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"),
                "{\"schemaVersion\": 1, \"services\": [{\"name\": \"orders\", \"types\": [\"com.shop.A\"]}]}");
        Path truth = Files.writeString(folder.resolve("truth.rsf"), "contain a A\n");

        FicusRun run = FicusRun.of("score", "--truth", truth.toString(), analysis.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
            .isEqualTo("ficus score: analysis " + analysis + " has schemaVersion 1, this Ficus reads "
                    + AnalysisDocument.SCHEMA_VERSION + " (re-run ./ficus analyze)");
    }

    @Test
    void answersAnAnalysisThatIsNotJsonWithOneLineAndExitCodeTwo() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), "{\"services\": [");
        Path truth = Files.writeString(folder.resolve("truth.rsf"), "contain a A\n");

        FicusRun run = FicusRun.of("score", "--truth", truth.toString(), analysis.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("ficus score: analysis ");
    }

    @Test
    void refusesATruthWithNoClassInCommonWithOneLineAndExitCodeTwo() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), ANALYSIS);
        Path truth = Files.writeString(folder.resolve("truth.rsf"),
                "contain billing com.other.Invoice\ncontain billing Ledger\n");

        FicusRun run = FicusRun.of("score", "--truth", truth.toString(), analysis.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ficus score: truth " + truth + " has no class in common with " + analysis
                + ": none of its 2 classes (e.g. Ledger) is an analysed type; is it the truth of another codebase?\n");
    }

    private static AnalysisDocument.Service service(String name, String... types) {
        return new AnalysisDocument.Service(name, List.of(types), List.of(), List.of(),
                new AnalysisDocument.ServiceFigures(types.length, 10L * types.length, 0, 0, 0, 0, 0));
    }

}
