package dev.ficus.bench.change;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.ficus.bench.cli.BenchCommand;
import dev.ficus.bench.topology.StandInAppJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCostCommandUnitTests {

    @TempDir
    Path folder;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void refusesAFolderThatIsNoFicusCheckoutWithOneLineAndExitCodeTwo() {
        int exitCode = run("change-cost", "--root", folder.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench change-cost: " + folder.toAbsolutePath()
                + " is not a Ficus checkout (no mvnw); give one with --root\n");
    }

    @Test
    void refusesNonsensicalRepeatsWithOneLineAndExitCodeTwo() {
        int exitCode = run("change-cost", "--repeats", "0", "--root", folder.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench change-cost: --repeats must be between 1 and 10, got 0\n");
    }

    @Test
    void refusesATruncatedAnalysisWithOneLineAndExitCodeTwo() throws Exception {
        StandInAppJars.under(folder);
        Files.writeString(folder.resolve("mvnw"), "#!/bin/sh\n").toFile().setExecutable(true);
        Path analysis = Files.writeString(folder.resolve("analysis.json"), "{\"schemaVersion\": 3, \"serv");

        int exitCode = run("change-cost", "--root", folder.toString(), "--analysis", analysis.toString(), "--out",
                folder.resolve("report").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench change-cost: " + analysis + " is not an analysis.json")
            .hasLineCount(1);
        assertThat(folder.resolve("report")).doesNotExist();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
