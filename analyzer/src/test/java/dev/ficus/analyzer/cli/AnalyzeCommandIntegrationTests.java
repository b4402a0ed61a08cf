package dev.ficus.analyzer.cli;

import static dev.ficus.analyzer.cli.FicusCommandUnitTests.assertUserMistake;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void writesTheChosenReportsOfTheMonolith() {
        Path reports = folder.resolve("reports");

        FicusRun run = FicusRun.of("analyze", "../monolith-app", "--out", reports.toString(), "--format", "json,md",
                "--services", "5", "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(reports.resolve("analysis.json")).isRegularFile();
        assertThat(reports.resolve("summary.md")).content().contains("## Suggested services (5)");
        assertThat(reports.resolve("report.html")).doesNotExist();
        assertThat(run.out()).startsWith("5 candidate services, ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectsAMissingFolderWithOneLineAndExitCodeTwo() {
        assertUserMistake(FicusRun.of("analyze", folder.resolve("nowhere").toString(), "--out", folder.toString()),
                "ficus analyze: ");
    }

    @Test
    void rejectsAFolderWithoutJavaFiles() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "no code here");

        assertUserMistake(FicusRun.of("analyze", empty.toString(), "--out", folder.resolve("out").toString()),
                "ficus analyze: ");
        assertThat(folder.resolve("out")).doesNotExist();
    }
}
