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
import static org.assertj.core.api.Assertions.within;

/**
 * {@code bench gateway-overhead --quick} end to end with the real gateway jar, the stock
 * Spring Cloud Gateway jar and the real nginx: every path is measured in every repeat and
 * the report written. Speed is not asserted, only that the numbers are sane.
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
    void quickRunMeasuresEveryPathInTurnOverTwoRepeatsAndWritesRatiosWithTheirSpread() throws Exception {
        assertThat(NginxProxy.BINARY).as("the benchmark compares with nginx: install the Debian package nginx-light")
            .isExecutable();

        int exitCode = run("gateway-overhead", "--quick", "--no-pin", "--repeats", "2", "--rate", "200", "--root",
                REPOSITORY_ROOT.toString(), "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(stderr.toString()).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve(GatewayOverheadCommand.JSON_FILE).toFile());
        assertThat(report.path("quick").asBoolean()).isTrue();
        assertThat(report.path("command").asString())
            .isEqualTo("./ficus bench gateway-overhead --quick --repeats 2 --rate 200 --no-pin");
        assertThat(report.path("provenance").path("commit").asString()).isNotBlank();
        assertThat(report.path("provenance").path("loadBefore").isObject()).isTrue();
        assertThat(report.path("provenance").path("loadAfter").isObject()).isTrue();
        JsonNode repeats = report.path("repeats");
        assertThat(repeats.size()).isEqualTo(2);
        for (JsonNode repeat : repeats) {
            assertThat(repeat.path("rate").asDouble()).isEqualTo(200);
            assertThat(repeat.path("paths").valueStream().map(path -> path.path("name").asString()))
                .containsExactly("direct", "nginx", "stock-scg", "gateway");
            repeat.path("paths").forEach(GatewayOverheadCommandIntegrationTests::assertSane);
            assertThat(repeat.path("ratios").path("gatewayToStockScg").asDouble())
                .isCloseTo(max(repeat, "gateway") / max(repeat, "stock-scg"), within(1e-9));
            assertThat(repeat.path("ratios").path("gatewayToNginx").asDouble())
                .isCloseTo(max(repeat, "gateway") / max(repeat, "nginx"), within(1e-9));
        }
        List<Double> toStock = repeats.valueStream()
            .map(repeat -> repeat.path("ratios").path("gatewayToStockScg").asDouble())
            .sorted()
            .toList();
        JsonNode spread = report.path("ratios").path("gatewayToStockScg");
        assertThat(spread.path("min").asDouble()).isEqualTo(toStock.get(0));
        assertThat(spread.path("max").asDouble()).isEqualTo(toStock.get(1));
        assertThat(spread.path("median").asDouble()).isCloseTo((toStock.get(0) + toStock.get(1)) / 2, within(1e-9));
        assertThat(spread.path("samples").asInt()).isEqualTo(2);
        assertThat(report.path("summary").valueStream().map(path -> path.path("name").asString()))
            .containsExactly("direct", "nginx", "stock-scg", "gateway");
        assertThat(report.path("targets").size()).isEqualTo(3);
        String markdown = Files.readString(out.resolve(GatewayOverheadCommand.MARKDOWN_FILE));
        assertThat(markdown).contains("--quick harness check")
            .contains("| stock SCG (generator -> stock Spring Cloud Gateway -> backend) |")
            .contains("| gateway (generator -> gateway -> backend) |")
            .contains("| nginx (generator -> nginx -> backend) |")
            .contains("| gateway / stock SCG | ")
            .contains("## Targets")
            .containsPattern(
                    "\\| max throughput vs stock SCG \\| >= 0\\.95 of stock SCG \\| [0-9.]+ \\([0-9.]+–[0-9.]+\\) "
                            + "\\| (met|\\*\\*not met\\*\\*) \\|")
            .containsPattern("\\| added p50 \\| <= 0\\.5 ms at 200 req/s \\| -?[0-9.]+ \\(-?[0-9.]+–-?[0-9.]+\\) ms "
                    + "\\| (met|\\*\\*not met\\*\\*) \\|")
            .contains("./ficus bench gateway-overhead --quick --repeats 2 --rate 200 --no-pin");

        stdout.getBuffer().setLength(0);
        assertThat(run("render", out.toString())).as(stderr.toString()).isZero();
        assertThat(Files.readString(out.resolve(GatewayOverheadCommand.MARKDOWN_FILE))).isEqualTo(markdown);
    }

    @Test
    void rejectsNoRepeatsWithOneLineAndExitCodeTwo() {
        int exitCode = run("gateway-overhead", "--repeats", "0", "--out", out.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench gateway-overhead: --repeats must be between 1 and 20, got 0\n");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void rejectsAnImpossibleRateWithOneLineAndExitCodeTwo() {
        int exitCode = run("gateway-overhead", "--rate", "0", "--out", out.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("bench gateway-overhead: --rate must be between 1 and 50000 requests/s, got 0.0\n");
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
        assertThat(path.path("answeredBody").asBoolean()).as(name + " answered the backend's fixed body").isTrue();
        assertThat(path.path("sent").asLong()).as(name + ": 200 req/s for 1 s").isEqualTo(200);
        assertThat(path.path("ok").asLong()).as(name + ": every request answered").isEqualTo(200);
        assertThat(path.path("errors").asLong()).as(name).isZero();
        JsonNode latency = path.path("latency");
        assertThat(latency.path("count").asLong()).as(name).isEqualTo(200);
        assertThat(latency.path("p50").asDouble()).as(name)
            .isPositive()
            .isLessThanOrEqualTo(latency.path("p99").asDouble());
        JsonNode saturation = path.path("saturation");
        assertThat(saturation.path("completed").asLong()).as(name).isPositive();
        assertThat(saturation.path("errors").asLong()).as(name).isZero();
        assertThat(saturation.path("throughput").asDouble()).as(name)
            .isCloseTo(saturation.path("completed").asLong() / saturation.path("seconds").asDouble(), within(1e-6));
        assertThat(saturation.path("generatorCpu").asDouble()).as(name).isPositive();
    }

    private static double max(JsonNode repeat, String name) {
        return repeat.path("paths")
            .valueStream()
            .filter(path -> path.path("name").asString().equals(name))
            .findFirst()
            .orElseThrow()
            .path("saturation")
            .path("throughput")
            .asDouble();
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        return commandLine.execute(args);
    }

}
