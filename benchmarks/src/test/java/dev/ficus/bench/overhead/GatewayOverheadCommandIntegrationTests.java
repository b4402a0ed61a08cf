package dev.ficus.bench.overhead;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.cli.BenchCommand;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench gateway-overhead --quick} end to end with the real gateway jar and the
 * real nginx: every path is measured and the report written. Speed is not asserted, only
 * that the numbers are sane.
 */
class GatewayOverheadCommandIntegrationTests {

    /**
     * Surefire runs in the module directory; the gateway jar sits in a sibling module.
     */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void quickRunMeasuresDirectGatewayAndNginxAndWritesTheReport() throws Exception {
        assertThat(NginxProxy.BINARY).as("the benchmark compares with nginx: install the Debian package nginx-light")
            .isExecutable();

        int exitCode = run("gateway-overhead", "--quick", "--no-pin", "--rate", "200", "--root",
                REPOSITORY_ROOT.toString(), "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(stderr.toString()).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve(GatewayOverheadCommand.JSON_FILE).toFile());
        assertThat(report.path("quick").asBoolean()).isTrue();
        assertThat(report.path("command").asString())
            .isEqualTo("./ficus bench gateway-overhead --quick --rate 200 --no-pin");
        assertThat(report.path("paths").valueStream().map(path -> path.path("name").asString()))
            .containsExactly("direct", "gateway", "nginx");
        report.path("paths").forEach(GatewayOverheadCommandIntegrationTests::assertSane);
        assertThat(report.path("added").valueStream().map(added -> added.path("proxy").asString()))
            .containsExactly("gateway", "nginx");
        assertThat(report.path("targets").size()).isEqualTo(2);
        String markdown = Files.readString(out.resolve(GatewayOverheadCommand.MARKDOWN_FILE));
        assertThat(markdown).contains("--quick harness check")
            .contains("| gateway (generator -> gateway -> backend) |")
            .contains("| nginx (generator -> nginx -> backend) |")
            .contains("## Targets")
            .containsPattern(
                    "\\| added p50 \\| <= 0\\.5 ms at 200 req/s \\| -?[0-9.]+ ms \\| (met|\\*\\*not met\\*\\*) \\|")
            .contains("./ficus bench gateway-overhead --quick --rate 200 --no-pin");
    }

    @Test
    void rejectsAnImpossibleRateWithOneLineAndExitCodeTwo() {
        int exitCode = run("gateway-overhead", "--rate", "0", "--out", out.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("bench gateway-overhead: --rate must be between 1 and 5000 requests/s, got 0.0\n");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void rejectsACheckoutWithoutTheGatewayJarWithOneLineAndExitCodeTwo() {
        int exitCode = run("gateway-overhead", "--quick", "--root", out.toString(), "--out",
                out.resolve("r").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench gateway-overhead: no gateway jar under ").hasLineCount(1);
        assertThat(out.resolve("r")).doesNotExist();
    }

    private static void assertSane(JsonNode path) {
        String name = path.path("name").asString();
        assertThat(path.path("sent").asLong()).as(name).isEqualTo(600);
        assertThat(path.path("ok").asLong()).as(name + ": every request answered").isEqualTo(600);
        assertThat(path.path("errors").asLong()).as(name).isZero();
        JsonNode latency = path.path("latency");
        assertThat(latency.path("p50").asDouble()).as(name)
            .isPositive()
            .isLessThanOrEqualTo(latency.path("p99").asDouble());
        JsonNode saturation = path.path("saturation");
        assertThat(saturation.path("completed").asLong()).as(name).isPositive();
        assertThat(saturation.path("errors").asLong()).as(name).isZero();
        assertThat(saturation.path("throughput").asDouble()).as(name).isPositive();
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        return commandLine.execute(args);
    }

}
