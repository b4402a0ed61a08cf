package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench faults --quick} end to end with the real applications: the kill of
 * inventory-service shows in the client's figures, every acknowledged write is accounted
 * for after the restart, the bad inputs are tried, and the JSON carries the run's
 * context. Figures are not judged: the quick run measures nothing.
 */
class FaultsCommandIntegrationTests {

    /**
     * Surefire runs in the module directory; the applications' jars sit in sibling
     * modules.
     */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void quickRunKillsAServiceAccountsForEveryWriteAndWritesTheReport() throws Exception {
        int exitCode = run("faults", "--quick", "--fault", "inventory-service", "--root", REPOSITORY_ROOT.toString(),
                "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve(ReliabilityWriter.JSON_FILE).toFile());
        assertThat(report.path("command").asString())
            .isEqualTo("./ficus bench faults --quick --database embedded --fault inventory-service");
        assertThat(report.path("commit").asString()).isNotBlank();
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        assertThat(report.path("machine").path("memoryBytes").asLong()).isPositive();
        assertThat(report.path("machine").path("cpuModel").asString()).isNotBlank();
        assertThat(report.path("machine").path("os").asString()).isNotBlank();
        assertThat(report.path("machine").path("jdk").asString()).isNotBlank();
        assertThat(report.path("loadAverageBefore").size()).isEqualTo(3);
        assertThat(report.path("loadAverageAfter").size()).isEqualTo(3);
        assertThat(report.path("goals").size()).isEqualTo(5);
        assertThat(report.path("goals").get(1).path("name").asString()).startsWith("stale reads");
        assertThat(report.path("settings").path("relaunchNiceness").asInt()).isEqualTo(19);
        assertThat(report.path("settings").path("warmUpMillis").asLong()).isEqualTo(2000);
        assertThat(stdout.toString()).containsPattern("warmed up: \\d+ requests in 2 s, not counted");
        assertThat(Files.readString(out.resolve(ReliabilityWriter.MARKDOWN_FILE)))
            .contains("launched again 1 s later at the lowest CPU priority (`nice -n 19`");

        JsonNode run = report.path("runs").get(0);
        assertThat(run.path("database").asString()).isEqualTo("embedded");
        assertThat(run.path("failure").asString()).isEmpty();
        JsonNode fault = run.path("faults").get(0);
        assertThat(fault.path("process").asString()).isEqualTo("inventory-service");
        assertThat(fault.path("timing").path("firstFailureMillis").isNumber()).as("the kill was seen").isTrue();
        assertThat(fault.path("timing").path("restartToReadyMillis").asLong()).isPositive();
        assertThat(fault.path("sent").asLong()).isPositive();
        assertThat(fault.path("reads").path("sent").asLong()).isPositive();
        JsonNode audit = fault.path("audit");
        assertThat(audit.path("acknowledged").asLong()).isPositive();
        assertThat(audit.path("stored").asLong() + audit.path("lost").asLong() + audit.path("split").asLong())
            .as("every acknowledged write accounted for")
            .isEqualTo(audit.path("acknowledged").asLong());
        assertThat(fault.path("writes").path("acknowledged").asLong()).isEqualTo(audit.path("acknowledged").asLong());

        JsonNode badInputs = run.path("badInputs");
        assertThat(badInputs.path("tried").asInt()).isEqualTo(BadInput.all().size());
        assertThat(badInputs.path("outcomes").size()).isEqualTo(BadInput.all().size());
        assertThat(badInputs.has("processesDown")).isTrue();
        assertThat(Files.readString(out.resolve(ReliabilityWriter.MARKDOWN_FILE)))
            .contains("./ficus bench faults --quick --database embedded --fault inventory-service")
            .contains("| inventory-service |")
            .contains("## embedded, 1 instance of each service: bad input");
    }

    @Test
    void rejectsUnknownDatabaseWithOneLineAndExitCodeTwo() {
        assertThat(run("faults", "--database", "oracle", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("bench faults: --database must be embedded, postgres or both, got oracle\n");
        assertThat(out.resolve(ReliabilityWriter.JSON_FILE)).doesNotExist();
    }

    @Test
    void rejectsTwoInstancesWithoutPostgresWithOneLineAndExitCodeTwo() {
        for (String database : List.of("embedded", "both")) {
            stderr.getBuffer().setLength(0);
            assertThat(run("faults", "--instances", "2", "--database", database, "--out", out.toString())).isEqualTo(2);
            assertThat(stderr.toString()).isEqualTo("bench faults: --instances 2 needs --database postgres (the "
                    + "instances of a service share one schema; an embedded database belongs to one process)\n");
        }
        assertThat(run("faults", "--instances", "3", "--database", "postgres", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).endsWith("bench faults: --instances must be 1 or 2, got 3\n");
        assertThat(out.resolve(ReliabilityWriter.JSON_FILE)).doesNotExist();
    }

    @Test
    void rejectsUnknownProcessWithOneLineAndExitCodeTwo() {
        assertThat(run("faults", "--fault", "gateway", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("bench faults: --fault must name catalog-service, inventory-service or monolith, got gateway\n");
    }

    @Test
    void rejectsCheckoutWithoutJarsWithOneLineAndExitCodeTwo() {
        assertThat(run("faults", "--quick", "--root", out.toString(), "--out", out.resolve("r").toString()))
            .isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench faults: no runnable jars under ").hasLineCount(1);
        assertThat(out.resolve("r")).doesNotExist();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new dev.ficus.bench.cli.BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
