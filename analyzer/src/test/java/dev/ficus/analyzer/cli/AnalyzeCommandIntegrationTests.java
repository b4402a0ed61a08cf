package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandIntegrationTests {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesTheChosenReportsOfTheMonolith() {
        Path reports = folder.resolve("reports");

        int exitCode = run("analyze", "../monolith-app", "--out", reports.toString(), "--format", "json,md",
                "--services", "5", "--quiet");

        assertThat(exitCode).isZero();
        assertThat(reports.resolve("analysis.json")).isRegularFile();
        assertThat(reports.resolve("summary.md")).content().contains("## Suggested services (5)");
        assertThat(reports.resolve("report.html")).doesNotExist();
        assertThat(out.toString()).startsWith("5 candidate services, ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rejectsAMissingFolderWithOneLineAndExitCodeTwo() {
        assertThat(run("analyze", folder.resolve("nowhere").toString(), "--out", folder.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("ficus analyze: ")
                .doesNotContain("Exception");
    }

    @Test
    void rejectsAFolderWithoutJavaFiles() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "no code here");

        assertThat(run("analyze", empty.toString(), "--out", folder.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("ficus analyze: ")
                .doesNotContain("Exception");
        assertThat(folder.resolve("out")).doesNotExist();
    }
}
