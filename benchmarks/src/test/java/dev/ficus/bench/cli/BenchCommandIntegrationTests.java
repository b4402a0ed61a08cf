package dev.ficus.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.report.ReportWriter;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The harness end to end with the real applications: {@code bench --quick} starts each
 * topology it is given, measures it, stops it and writes the report. Speed is not
 * asserted, only that the numbers are sane. The run leaves out {@code gateway-monolith}:
 * the same topology through the same trial is measured by
 * {@code ScaleOutCommandIntegrationTests} ({@code gateway-1-monolith}), and its fault is
 * the monolith's in-process switch the {@code monolith} topology injects; two application
 * starts fewer keep the build within its time.
 */
class BenchCommandIntegrationTests {

    /**
     * Surefire runs in the module directory; the applications' jars sit in sibling
     * modules.
     */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    private static final List<String> TOPOLOGIES = List.of("monolith", "gateway-services");

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void quickRunStartsMeasuresAndStopsTheMonolithAndTheMicroservicesAndWritesTheReport() throws Exception {
        int exitCode = run("--quick", "--no-pin", "--topology", String.join(",", TOPOLOGIES), "--root",
                REPOSITORY_ROOT.toString(), "--out", out.toString());

        System.out.println(stdout);
        assertThat(exitCode).as(stdout.toString()).isZero();
        assertThat(stderr.toString()).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left running")
            .isEmpty();
        JsonNode results = JsonMapper.builder().build().readTree(out.resolve(ReportWriter.RESULTS_JSON).toFile());
        assertThat(results.path("quick").asBoolean()).isTrue();
        assertThat(results.path("machine").path("cores").asInt()).isPositive();
        assertThat(results.path("skipped").size()).as("skipped: " + results.path("skipped")).isZero();
        assertThat(results.path("topologies").valueStream().map(topology -> topology.path("name").asString()))
            .containsExactlyElementsOf(TOPOLOGIES);
        results.path("topologies").forEach(BenchCommandIntegrationTests::assertSane);
        assertThat(stdout.toString()).contains("bench: 2 topologies x 1 repeats, about ");
        assertThat(Files.readString(out.resolve(ReportWriter.SUMMARY_MD))).contains("## Interpretation")
            .contains("--quick harness check");
        assertThat(Files.readString(out.resolve(ReportWriter.REPORT_HTML)))
            .contains("<script type=\"application/json\" id=\"charts-data\">")
            .doesNotContain("<script src")
            .doesNotContain("http://cdn");
    }

    @Test
    void rejectsNonsensicalRepeatsWithOneLineAndExitCodeTwo() {
        int exitCode = run("--repeats", "0", "--out", out.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench: --repeats must be between 1 and 20, got 0\n");
    }

    @Test
    void rejectsUnknownTopologyWithOneLineAndExitCodeTwo() {
        int exitCode = run("--topology", "monolith,mainframe", "--out", out.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo(
                "bench: --topology must name monolith, gateway-monolith, gateway-services, got [monolith, mainframe]\n");
    }

    @Test
    void rejectsCheckoutWithoutJarsWithOneLineAndExitCodeTwo() {
        int exitCode = run("--quick", "--root", out.toString(), "--out", out.resolve("report").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench: no runnable jars under ").hasLineCount(1);
        assertThat(out.resolve("report")).doesNotExist();
    }

    @Test
    void rendersExactlyTheCommittedSummaryAndPageFromTheCommittedResultsJson() throws Exception {
        Path committed = REPOSITORY_ROOT.resolve("reports/benchmarks");
        Files.copy(committed.resolve(ReportWriter.RESULTS_JSON), out.resolve(ReportWriter.RESULTS_JSON));
        // the claims' reports beside it feed its "When it pays"
        try (Stream<Path> claims = Files.list(committed)) {
            for (Path claim : claims.filter(Files::isDirectory).toList()) {
                Path copy = Files.createDirectories(out.resolve(claim.getFileName().toString()));
                try (Stream<Path> files = Files.list(claim)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, copy.resolve(file.getFileName().toString()));
                    }
                }
            }
        }

        int exitCode = run("render", out.toString());

        assertThat(exitCode).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).isEqualTo("bench: wrote " + out.resolve(ReportWriter.SUMMARY_MD) + "\n"
                + "bench: wrote " + out.resolve(ReportWriter.REPORT_HTML) + "\n");
        assertThat(out.resolve(ReportWriter.SUMMARY_MD)).as("run ./ficus bench render reports/benchmarks and commit")
            .hasSameTextualContentAs(committed.resolve(ReportWriter.SUMMARY_MD));
        assertThat(out.resolve(ReportWriter.REPORT_HTML)).as("run ./ficus bench render reports/benchmarks and commit")
            .hasSameTextualContentAs(committed.resolve(ReportWriter.REPORT_HTML));
    }

    @Test
    void rendersExactlyTheCommittedGatewayOverheadAndAnalyzerReportsFromTheirJson() throws Exception {
        Path committed = REPOSITORY_ROOT.resolve("reports");
        for (String json : List.of("gateway-overhead.json", "analyzer-performance.json")) {
            Files.copy(committed.resolve(json), out.resolve(json));
        }

        int exitCode = run("render", out.toString());

        assertThat(exitCode).as(stderr.toString()).isZero();
        for (String md : List.of("gateway-overhead.md", "analyzer-performance.md")) {
            assertThat(out.resolve(md)).as("run ./ficus bench render reports and commit")
                .hasSameTextualContentAs(committed.resolve(md));
        }
        assertThat(Files.readString(out.resolve("analyzer-performance.md"))).doesNotContain("idle machine")
            .containsPattern("Load average \\(1 / 5 / 15 min\\): [0-9.]+ / [0-9.]+ / [0-9.]+ before, "
                    + "[0-9.]+ / [0-9.]+ / [0-9.]+ after; ");
    }

    @Test
    void rendersTheAnalyzerReportOfALoadedMachineAsOneWhoseWallTimesAreNotJudged() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode loaded = json.readTree(REPOSITORY_ROOT.resolve("reports/analyzer-performance.json").toFile());
        JsonNode provenance = loaded.path("provenance");
        for (String when : List.of("loadBefore", "loadAfter")) {
            ((ObjectNode) provenance.path(when)).put("oneMinute", 5.5).put("fiveMinutes", 4.5);
        }
        json.writeValue(out.resolve("analyzer-performance.json").toFile(), loaded);

        assertThat(run("render", out.toString())).as(stderr.toString()).isZero();

        assertThat(Files.readString(out.resolve("analyzer-performance.md")))
            .containsPattern("Load average \\(1 / 5 / 15 min\\): 5.50 / 4.50 / [0-9.]+ before, "
                    + "5.50 / 4.50 / [0-9.]+ after; above the 2 cores")
            .contains("no wall-time goal is judged from this run");
    }

    @Test
    void renderRefusesResultsWithoutAPlanWithOneLineAndExitCodeTwo() throws Exception {
        Files.writeString(out.resolve(ReportWriter.RESULTS_JSON),
                "{\"quick\": false, \"topologies\": [], \"skipped\": []}");

        assertThat(run("render", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench: " + out.resolve(ReportWriter.RESULTS_JSON)
                + " is not a benchmark results file: it names no start, finish, machine or plan\n");
        assertThat(out.resolve(ReportWriter.SUMMARY_MD)).doesNotExist();
    }

    @Test
    void renderSaysWhatIsMissingOrWrongWithOneLineAndExitCodeTwo() throws Exception {
        assertThat(run("render", out.toString())).isEqualTo(2);
        assertThat(stderr.toString())
            .isEqualTo("bench: no results.json, gateway-overhead.json or analyzer-performance.json in " + out + "\n");

        stderr.getBuffer().setLength(0);
        Files.writeString(out.resolve(ReportWriter.RESULTS_JSON), "not json");
        assertThat(run("render", out.toString())).isEqualTo(2);
        assertThat(stderr.toString())
            .startsWith("bench: " + out.resolve(ReportWriter.RESULTS_JSON) + " is not a benchmark results file")
            .hasLineCount(1);
        assertThat(out.resolve(ReportWriter.SUMMARY_MD)).doesNotExist();
    }

    private static void assertSane(JsonNode topology) {
        String name = topology.path("name").asString();
        JsonNode repeat = topology.path("repeats").get(0);
        assertThat(repeat.path("failure").asString()).as(name).isEmpty();
        assertThat(repeat.path("startToReadyMillis").asLong()).as(name).isPositive();
        JsonNode fixed = repeat.path("fixedRate").get(0);
        assertThat(fixed.path("sent").asLong()).as(name).isEqualTo(60);
        assertThat(fixed.path("latency").path("count").asLong() + fixed.path("endpoints")
            .valueStream()
            .mapToLong(endpoint -> endpoint.path("errors").asLong() + endpoint.path("rejected").asLong())
            .sum()).as(name + ": every request accounted for").isEqualTo(60);
        assertThat(fixed.path("endpoints").valueStream().map(endpoint -> endpoint.path("endpoint").asString())).as(name)
            .contains("browse-catalog", "product-detail");
        repeat.path("processes").properties().forEach(process -> {
            assertThat(process.getValue().path("peakRssBytes").asLong()).as(name + "/" + process.getKey())
                .isGreaterThan(50L << 20);
            assertThat(process.getValue().path("cpuSecondsStartup").asDouble()).as(name + "/" + process.getKey())
                .isPositive();
        });
        assertThat(repeat.path("warmUp")
            .path("windows")
            .valueStream()
            .mapToLong(window -> window.path("sent").asLong())
            .sum()).as(name + ": warm-up requests").isPositive();
        // the fixed rate (20/s) is the sweep's verdict for 20/s; the sweep measures 40/s
        // after it, or 10/s if it broke
        List<JsonNode> sweep = repeat.path("sweep").valueStream().toList();
        assertThat(sweep).as(name).hasSize(2);
        assertThat(sweep.get(0).path("rate").asDouble()).as(name).isEqualTo(20.0);
        assertThat(sweep.get(0).path("fixedRate").asBoolean()).as(name).isTrue();
        assertThat(sweep.get(1).path("fixedRate").asBoolean()).as(name).isFalse();
        assertThat(sweep.get(1).path("rate").asDouble()).as(name)
            .isEqualTo(sweep.get(0).path("sustained").asBoolean() ? 40.0 : 10.0);
        List<JsonNode> blasts = repeat.path("blastRadii").valueStream().toList();
        // the monolith shapes measure their one fault once for both rows;
        // gateway-services
        // runs inventory-service's own switch, then the kill
        assertThat(blasts).as(name).hasSize(name.equals("gateway-services") ? 2 : 1);
        blasts.forEach(blast -> {
            assertThat(blast.path("fault").asString()).as(name).isNotEmpty();
            assertThat(blast.path("measured").asBoolean()).as(name + ": " + blast.path("reason").asString()).isTrue();
            assertThat(blast.path("wrongFraction").asDouble()).as(name + ": stale answers").isZero();
        });
        // every answer checked against the owners' truth, and none found wrong while
        // nothing failed
        assertThat(fixed.path("endpoints").valueStream().mapToLong(endpoint -> endpoint.path("wrong").asLong()).sum())
            .as(name + ": wrong answers")
            .isZero();
        if (name.equals("gateway-services")) {
            // its monolith reserves stock in inventory-service, so killing that service
            // fails orders
            assertThat(blasts.get(1)
                .path("endpoints")
                .valueStream()
                .filter(endpoint -> endpoint.path("failedAfterFault").asLong() > 0)
                .map(endpoint -> endpoint.path("endpoint").asString())).as(name).contains("place-order");
        }
    }

    private int run(String... args) {
        CommandLine commandLine = BenchCommand.commandLine();
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        return commandLine.execute(args);
    }

}
