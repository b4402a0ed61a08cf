package dev.ficus.extractcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The {@code ficus} command line run in this process, as the journeys' steps run it. */
final class FicusCli {

    private FicusCli() {
    }

    /** Runs {@code ficus ARGS}; fails with what it printed unless it exited with 0. */
    static void ficus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FicusCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        assertThat(exit).as("ficus %s: %s%s", String.join(" ", args), out, err).isZero();
    }

}
