package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FicusCommandUnitTests {

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
    void printsHelpOfEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: ficus").contains("analyze");
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: ficus analyze").contains("--services=N").contains("--format");
    }

    @Test
    void printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("ficus ");
    }

    @Test
    void rejectsAMissingPathWithOneLineAndExitCodeTwo() {
        assertThat(run("analyze")).isEqualTo(2);
        assertOneLine("ficus analyze: Missing required parameter: 'PATH'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThat(run("analyze", folder.toString(), "--frobnicate")).isEqualTo(2);
        assertOneLine("ficus analyze: Unknown option: '--frobnicate'");
    }

    @Test
    void rejectsAServiceCountBelowOne() {
        assertThat(run("analyze", folder.toString(), "--services", "0")).isEqualTo(2);
        assertOneLine("ficus analyze: --services must be at least 1, was 0");
    }

    @Test
    void rejectsANonPositiveResolution() {
        assertThat(run("analyze", folder.toString(), "--resolution", "-1")).isEqualTo(2);
        assertOneLine("ficus analyze: --resolution must be a positive number, was -1.0");
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertThat(run("analyze", folder.toString(), "--format", "json,pdf")).isEqualTo(2);
        assertOneLine("ficus analyze: --format: unknown format 'pdf', expected one of json, html, md, dot");
    }

    @Test
    void rejectsANonNumericServiceCount() {
        assertThat(run("analyze", folder.toString(), "--services", "many")).isEqualTo(2);
        assertOneLine("ficus analyze: Invalid value for option '--services': 'many' is not an int");
    }

    @Test
    void asksForACommandWhenGivenNone() {
        assertThat(run()).isEqualTo(2);
        assertOneLine("ficus: missing command");
    }

    private void assertOneLine(String start) {
        assertThat(err.toString()).startsWith(start).doesNotContain("\tat ").endsWith("\n");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
