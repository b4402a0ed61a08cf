package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench slow-dependency --quick} end to end with the real applications, for the
 * monolith and the microservice shape without its circuit breaker (the two ways the
 * inventory is slowed down, and the setting passed to the monolith): stock reads take at
 * least the delay once the inventory is slow and not before, and the report carries the
 * run's context. The other figures are not judged: the quick run measures nothing.
 */
class SlowDependencyCommandIntegrationTests {

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
    void quickRunSlowsTheInventoryDownInBothShapesAndWritesTheReport() throws Exception {
        int exitCode = run("slow-dependency", "--quick", "--no-pin", "--shape", "monolith,gateway-services-no-breaker",
                "--root", REPOSITORY_ROOT.toString(), "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        assertThat(stdout.toString()).contains("2 shapes x 1 repeats, about ");
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve(SlowWriter.JSON_FILE).toFile());
        assertThat(report.path("quick").asBoolean()).isTrue();
        assertThat(report.path("provenance").path("command").asString()).isNotBlank();
        assertThat(report.path("provenance").path("commit").asString()).isNotBlank();
        assertThat(report.path("provenance").path("loadBefore").path("oneMinute").isNumber()).isTrue();
        assertThat(report.path("provenance").path("loadAfter").path("oneMinute").isNumber()).isTrue();
        assertThat(report.path("machine").path("cores").asInt()).isPositive();
        assertThat(report.path("settings").path("delayMillis").asLong()).isEqualTo(2000);
        assertThat(report.path("settings").path("calls").path("readTimeout").asString()).isEqualTo("3s");

        JsonNode monolith = report.path("shapes").get(0);
        assertThat(monolith.path("name").asString()).isEqualTo("monolith");
        assertThat(monolith.path("circuitBreaker").isNull()).isTrue();
        assertSlowStockReads(monolith);
        assertThat(monolith.path("repeats").get(0).path("figures").path("inventorySlow").path("p50Millis").asDouble())
            .as("in-process: slow, not failed")
            .isGreaterThanOrEqualTo(2000);

        JsonNode services = report.path("shapes").get(1);
        assertThat(services.path("name").asString()).isEqualTo("gateway-services-no-breaker");
        assertThat(services.path("slowProcess").asString()).isEqualTo("inventory-service");
        assertThat(services.path("circuitBreaker").asBoolean(true)).isFalse();
        assertThat(services.path("repeats").get(0).path("circuitOpenings").asInt(-1)).as("a disabled circuit").isZero();
        assertThat(services.path("repeats").get(0).path("circuitDisabled").asBoolean())
            .as("ficus.extracted.circuit-breaker-enabled=false in effect")
            .isTrue();
        assertSlowStockReads(services);

        assertThat(Files.readString(out.resolve(SlowWriter.MARKDOWN_FILE))).contains("Harness check (`--quick`)")
            .contains("## While the inventory was slow")
            .contains("| gateway-services-no-breaker | ")
            .contains("## monolith per endpoint")
            .contains("| stock-level | yes |");
    }

    private static void assertSlowStockReads(JsonNode shape) {
        JsonNode repeat = shape.path("repeats").get(0);
        assertThat(repeat.path("failure").asString()).isEmpty();
        assertThat(repeat.path("slowAtMillis").asLong()).isBetween(3000L, 4000L);
        JsonNode stock = null;
        for (JsonNode endpoint : repeat.path("figures").path("endpoints")) {
            if (endpoint.path("endpoint").asString().equals("stock-level")) {
                stock = endpoint;
            }
        }
        assertThat(stock).as("stock-level figures of " + shape.path("name")).isNotNull();
        assertThat(stock.path("before").path("p50Millis").asDouble()).as("stock read before the slowdown")
            .isLessThan(2000);
        JsonNode slow = stock.path("slow");
        // answered no sooner than the delay, or not at all (inventory-service's pool
        // taken by the monolith's retried reservations)
        double slowP50 = slow.path("p50Millis").asDouble(Double.NaN);
        assertThat(slow.path("requests").asLong()).as("stock reads while the inventory is slow").isPositive();
        assertThat(Double.isNaN(slowP50) || slowP50 >= 2000).as("stock read while the inventory is slow: " + slow)
            .isTrue();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new dev.ficus.bench.cli.BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
