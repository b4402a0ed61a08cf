package dev.ficus.analyzer.cli;

import static dev.ficus.analyzer.cli.FicusCommandUnitTests.assertUserMistake;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandIntegrationTests {

    private static final String BROKEN = "src/test/resources/fixtures/broken";

    private static final String NO_ENTRY_POINTS = "no entry points found (no HTTP handler, listener, job or main)";

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
    void saysHowManyFilesDidNotParseAndStillSucceeds() {
        FicusRun run = FicusRun.of("analyze", BROKEN, "--out", folder.toString(), "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly(NO_ENTRY_POINTS, "2 files did not parse (see summary.md)");
        assertThat(folder.resolve("summary.md")).content().contains("2 files did not parse");
    }

    @Test
    void failsOnFilesThatDidNotParseWhenStrictButWritesTheReports() {
        FicusRun run = FicusRun.of("analyze", BROKEN, "--out", folder.toString(), "--format", "json", "--strict",
                "--quiet");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(NO_ENTRY_POINTS, "2 files did not parse (see analysis.json)");
        assertThat(folder.resolve("analysis.json")).isRegularFile();
    }

    @Test
    void saysWhenItFindsNoEntryPointAndNamesTheClassesThatLookLikeHandlers() {
        FicusRun run = FicusRun.of("analyze", "src/test/resources/fixtures/no-entry-points", "--out", folder.toString(),
                "--format", "json", "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("no entry points found (no HTTP handler, listener, job or main); classes that"
                + " look like handlers: OrderHandler" + System.lineSeparator());
    }

    @Test
    void staysQuietAboutParsingWhenEveryFileParsed() {
        FicusRun run = FicusRun.of("analyze", "../monolith-app", "--out", folder.toString(), "--format", "json",
                "--strict", "--quiet");

        assertThat(run.exitCode()).isZero();
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

    @Test
    void refusesAnOutputFolderUnderAFileWithOneLineAndExitCodeTwo() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Path out = file.resolve("reports");

        FicusRun run = FicusRun.of("analyze", BROKEN, "--out", out.toString(), "--quiet", "--format", "json");

        assertUserMistake(run, "ficus analyze: cannot use " + out);
        assertThat(run.err()).contains("Not a directory");
        assertThat(file).hasContent("x");
    }

    @Test
    void refusesAnExcludeThatIsNotAGlobWithOneLineAndExitCodeTwo() {
        FicusRun run = FicusRun.of("analyze", BROKEN, "--out", folder.resolve("out").toString(), "--exclude", "[");

        assertUserMistake(run, "ficus analyze: exclude glob '[' is not valid: ");
        assertThat(folder.resolve("out")).doesNotExist();
    }

}
