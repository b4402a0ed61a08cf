package dev.ficus.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the {@code ficus} command line, with what it printed. */
public record FicusRun(int exitCode, String out, String err) {

    public static FicusRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new FicusRun(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code ficus ARGS}; fails with what it printed unless it exited with 0. */
    public static FicusRun succeeded(String... args) {
        FicusRun run = of(args);
        assertThat(run.exitCode()).as("ficus %s: %s%s", String.join(" ", args), run.out(), run.err()).isZero();
        return run;
    }
}
