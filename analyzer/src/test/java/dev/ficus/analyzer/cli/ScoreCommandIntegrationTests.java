package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandIntegrationTests {

    private static final String ANALYSIS = """
            {"schemaVersion": 1, "services": [
              {"name": "orders", "types": ["com.shop.orders.Order", "com.shop.orders.OrderService"]},
              {"name": "catalog", "types": ["com.shop.catalog.Product"]}],
             "sharedKernel": {"types": ["com.shop.Money"], "reason": "values"}}
            """;

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
    void answersAnAnalysisThatIsNotJsonWithOneLineAndExitCodeTwo() throws Exception {
        Path analysis = Files.writeString(folder.resolve("analysis.json"), "{\"services\": [");
        Path truth = Files.writeString(folder.resolve("truth.rsf"), "contain a A\n");

        FicusRun run = FicusRun.of("score", "--truth", truth.toString(), analysis.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("ficus score: analysis ");
    }

}
