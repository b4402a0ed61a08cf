package dev.ficus.bench.scale;

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
 * {@code bench scale-out --quick} end to end with the real applications: the four
 * topologies start, take the catalog-heavy load and stop; the gateway spreads catalog
 * reads over both monoliths and over both catalog-service instances, as the instances
 * themselves count; the extra instance shows in the summed RSS. The rates are not judged:
 * the quick run measures nothing.
 */
class ScaleOutCommandIntegrationTests {

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
    void quickRunMeasuresTheFourTopologiesAndTheExtraInstancesServeCatalogReads() throws Exception {
        int exitCode = run("scale-out", "--quick", "--no-pin", "--root", REPOSITORY_ROOT.toString(), "--out",
                out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout + "\n" + stderr).isZero();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        JsonNode report = JsonMapper.builder().build().readTree(out.resolve(ScaleOutWriter.JSON_FILE).toFile());
        assertThat(report.path("quick").asBoolean()).isTrue();
        assertThat(report.path("provenance").path("commit").asString()).isNotBlank();
        assertThat(report.path("mix").get(0).path("endpoint").asString()).isEqualTo("browse-catalog");
        JsonNode topologies = report.path("topologies");
        assertThat(topologies.size()).isEqualTo(4);
        for (JsonNode topology : topologies) {
            assertThat(topology.path("successfulRepeats").asInt()).as(topology.path("name").asString()).isOne();
            assertThat(topology.path("peakRssMib").path("median").asDouble()).isGreaterThan(100);
            assertThat(topology.path("cpuSecondsPer1000Requests").path("median").asDouble()).isPositive();
        }
        JsonNode oneMonolith = topologies.get(0);
        JsonNode twoMonoliths = topologies.get(1);
        JsonNode oneCatalog = topologies.get(2);
        JsonNode twoCatalogs = topologies.get(3);
        assertThat(twoMonoliths.path("name").asString()).isEqualTo(ScaleTargets.TWO_MONOLITHS);
        assertThat(served(twoMonoliths, "monolith")).as("first monolith").isPositive();
        assertThat(served(twoMonoliths, "monolith-2")).as("second monolith").isPositive();
        assertThat(served(oneCatalog, "monolith")).as("the monolith once catalog-service serves the catalog").isZero();
        assertThat(served(twoCatalogs, "catalog-service")).as("first catalog instance").isPositive();
        assertThat(served(twoCatalogs, "catalog-service-2")).as("second catalog instance").isPositive();
        assertThat(twoMonoliths.path("peakRssMib").path("median").asDouble())
            .isGreaterThan(oneMonolith.path("peakRssMib").path("median").asDouble() + 50);
        assertThat(twoCatalogs.path("peakRssMib").path("median").asDouble())
            .isGreaterThan(oneCatalog.path("peakRssMib").path("median").asDouble() + 50);
        JsonNode gains = report.path("gains");
        assertThat(gains.get(0).path("option").asString()).isEqualTo("one more monolith");
        assertThat(gains.get(1).path("to").asString()).isEqualTo(ScaleTargets.TWO_CATALOGS);
        assertThat(gains.get(1).path("extraRssMib").asDouble()).isGreaterThan(50);
        String summary = Files.readString(out.resolve(ScaleOutWriter.MARKDOWN_FILE));
        assertThat(summary).contains("`--quick` harness check")
            .contains(report.path("verdict").asString())
            .contains("| `services-2-catalogs` |")
            .contains("**req/s gained per extra MiB of RSS**");
    }

    @Test
    void rejectsNonsensicalRepeatsWithOneLineAndExitCodeTwo() {
        assertThat(run("scale-out", "--repeats", "0", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench scale-out: --repeats must be between 1 and 10, got 0\n");
        assertThat(out.resolve(ScaleOutWriter.JSON_FILE)).doesNotExist();
    }

    @Test
    void rejectsCheckoutWithoutJarsWithOneLineAndExitCodeTwo() {
        assertThat(run("scale-out", "--quick", "--root", out.toString(), "--out", out.resolve("r").toString()))
            .isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench scale-out: no runnable jars under ").hasLineCount(1);
        assertThat(out.resolve("r")).doesNotExist();
    }

    private static long served(JsonNode topology, String process) {
        JsonNode count = topology.path("catalogRequestsServed").path(process);
        assertThat(count.isMissingNode()).as(process + " of " + topology.path("name").asString()).isFalse();
        return count.path("median").asLong();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new dev.ficus.bench.cli.BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
