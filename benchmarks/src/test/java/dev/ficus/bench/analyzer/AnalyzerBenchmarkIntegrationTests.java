package dev.ficus.bench.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.provenance.Provenance;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analyzer benchmark on the analyzer's own {@code servlet} fixture: the figures must
 * agree with the fixture, the clock around the run and each other, and both reports must
 * say how and where it ran.
 */
class AnalyzerBenchmarkIntegrationTests {

    /** Surefire runs in the module directory. */
    private static final Path REPOSITORY_ROOT = Path.of("").toAbsolutePath().getParent();

    /** The analyzer's fixtures stay in one place; this benchmark reads one of them. */
    private static final Path SERVLET = REPOSITORY_ROOT.resolve("analyzer/src/test/resources/fixtures/servlet");

    @TempDir
    Path out;

    @Test
    void timesBothParseOnlyBaselinesAndTheWholeAnalysisInAChildWithinTheRunsOwnWallClock() throws IOException {
        long cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
        long start = System.nanoTime();
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(List.of(SERVLET), out, REPOSITORY_ROOT,
                Provenance.begin(REPOSITORY_ROOT));
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() - cpuBefore)
                / 1e9;

        AnalyzerBenchmark.Row row = result.rows().get(0);
        assertThat(row.codebase()).isEqualTo("servlet");
        assertThat(List.of(row.files(), row.types(), row.edges())).containsExactly(6, 6, 7);
        assertThat(row.loc()).isEqualTo(93);
        assertThat(result.jvmOptions()).containsExactly("-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-Xss16m",
                "-XX:TieredStopAtLevel=1");
        // the three timed passes happen one after another inside run()
        assertThat(row.bareParseSeconds() + row.analyzerParseSeconds() + row.analysisSeconds()).isPositive()
            .isLessThan(wallSeconds);
        // parse-only runs in this JVM; the analysis in a child, whose CPU is its own
        assertThat(row.bareParseCpuSeconds() + row.analyzerParseCpuSeconds()).isPositive()
            .isLessThanOrEqualTo(cpuSeconds + 0.01);
        // a whole JVM that parses, resolves and writes reports costs more than parsing
        assertThat(row.analysisCpuSeconds()).isGreaterThan(row.bareParseCpuSeconds());
        assertThat(row.cpuRatioToBare()).isGreaterThan(0)
            .isLessThan(1)
            .isCloseTo(row.bareParseCpuSeconds() / row.analysisCpuSeconds(), within(0.01));
        assertThat(row.ratioToAnalyzerParse()).isCloseTo(row.analyzerParseSeconds() / row.analysisSeconds(),
                within(0.01));
        // a JVM resident set: more than its classes alone, less than the machine
        assertThat(row.peakRssMb()).isGreaterThan(32);
    }

    @Test
    void writesTheFiguresWithTheCommandCommitMachineAndLoadIntoBothReports() throws IOException {
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(List.of(SERVLET), out, REPOSITORY_ROOT,
                Provenance.begin(REPOSITORY_ROOT));

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(result.json()));
        assertThat(json.path("benchmark").asString()).isEqualTo("analyzer-pipeline");
        assertThat(json.path("codebases").get(0).path("loc").asLong()).isEqualTo(93);
        assertThat(json.path("codebases").get(0).path("peakRssMb").asLong()).isPositive();
        JsonNode provenance = json.path("provenance");
        assertThat(provenance.path("commit").asString()).matches("[0-9a-f]{40}");
        assertThat(provenance.path("command").asString()).isNotBlank();
        assertThat(provenance.path("machine").path("cores").asInt())
            .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(provenance.path("machine").path("jvm").asString())
            .contains(System.getProperty("java.runtime.version"));
        assertThat(provenance.path("loadBefore").path("oneMinute").isNumber()).isTrue();
        assertThat(provenance.path("loadAfter").path("fifteenMinutes").isNumber()).isTrue();
        String markdown = Files.readString(result.markdown());
        assertThat(markdown).startsWith("# Analyzer performance")
            .contains("| servlet | 6 | 93 | 6 | 7 |")
            .contains("-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xss16m -XX:TieredStopAtLevel=1")
            .contains("- Commit: `" + provenance.path("commit").asString() + "`")
            .doesNotContain("predates")
            .doesNotContain("analyzer-front");
    }

    @Test
    void rendersTheSameMarkdownAgainFromTheJson() throws IOException {
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(List.of(SERVLET), out, REPOSITORY_ROOT,
                Provenance.begin(REPOSITORY_ROOT));
        String written = Files.readString(result.markdown());
        Files.delete(result.markdown());

        assertThat(PerformanceReport.render(out)).hasContent(written);
    }

    @Test
    void answersAFolderThatIsNotThereWithOneLineAndExitCodeTwo() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new AnalyzerBenchCommand()).setErr(new PrintWriter(err, true));

        assertThat(command.execute(out.resolve("missing").toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err).hasToString("bench analyzer: not a folder: " + out.resolve("missing") + "\n");
        assertThat(out.resolve(PerformanceReport.JSON_FILE)).doesNotExist();
    }

}
