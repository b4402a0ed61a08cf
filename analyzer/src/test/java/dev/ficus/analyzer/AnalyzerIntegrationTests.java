package dev.ficus.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.analyzer.document.AnalysisSchema;
import dev.ficus.analyzer.report.ReportFormat;
import dev.ficus.analyzer.report.ReportWriter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the whole pipeline on the sample monolith through the façade and checks the
 * document and reports.
 */
class AnalyzerIntegrationTests {

    static final Path MONOLITH = Path.of("..", "monolith-app");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path folder;

    private static Path first;

    @BeforeAll
    static void analyseTheSample() {
        first = write(folder.resolve("first"));
    }

    @Test
    void writesTheSameReportsForTheSameInput() throws Exception {
        Path second = write(folder.resolve("second"));

        // only the run's cost may differ: stats.millis and stats.peakHeapMb
        assertThat(withoutRunCost(first.resolve("analysis.json")))
            .isEqualTo(withoutRunCost(second.resolve("analysis.json")));
        for (String file : List.of("summary.md", "graph.dot")) {
            assertThat(first.resolve(file)).hasSameTextualContentAs(second.resolve(file));
        }
    }

    @Test
    void placesEveryAnalysedTypeOnceAndNamesTheModules() throws Exception {
        JsonNode json = JSON.readTree(first.resolve("analysis.json").toFile());

        List<String> placed = new ArrayList<>();
        json.get("services").forEach(service -> service.get("types").forEach(type -> placed.add(type.asString())));
        json.get("sharedKernel").get("types").forEach(type -> placed.add(type.asString()));
        json.get("platform").get("types").forEach(type -> placed.add(type.asString()));
        assertThat(placed).doesNotHaveDuplicates().hasSize(json.get("stats").get("types").asInt());
        assertThat(json.get("input").get("sourceRoots").toString()).isEqualTo("[\"src/main/java\"]");
        List<String> names = new ArrayList<>();
        json.get("services").forEach(service -> names.add(service.get("name").asString()));
        assertThat(names).contains("catalog", "customers", "inventory", "orders", "payments", "shipping");
    }

    @Test
    void readsBackTheDocumentItWrote() {
        AnalysisDocument read = AnalysisDocuments.read(first.resolve("analysis.json"));

        assertThat(AnalysisDocuments.toJson(read)).isEqualTo(ReportFormat.JSON.render(read));
        assertThat(read.types()).hasSize(read.stats().types());
        assertThat(read.dependencies()).hasSize(read.stats().edges());
        assertThat(read.entityTables()).extracting(table -> table.name())
            .contains("inventory_stock", "inventory_reservation");
    }

    @Test
    void writesADocumentThatFitsThePublishedSchema() throws Exception {
        assertThat(AnalysisSchema.errors(Files.readString(first.resolve("analysis.json")))).isEmpty();
    }

    @Test
    void writesAGraphThatStockGraphvizRenders() throws Exception {
        Optional<Path> dot = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(folder -> Path.of(folder, "dot"))
            .filter(Files::isExecutable)
            .findFirst();
        assumeTrue(dot.isPresent(), "needs Graphviz dot on the PATH");
        Path svg = folder.resolve("graph.svg");

        Process process = new ProcessBuilder(dot.get().toString(), "-Tsvg", first.resolve("graph.dot").toString(), "-o",
                svg.toString())
            .redirectErrorStream(true)
            .start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("trouble");
        assertThat(Files.readString(svg)).contains("<svg").contains(">OrderManagement<");
    }

    @Test
    void recordsTheResolutionReachedForARequestedServiceCount() {
        AnalyzerOptions options = AnalyzerOptions.of(MONOLITH)
            .withBoundaries(AnalyzerOptions.of(MONOLITH).boundaries().withServices(4));

        AnalysisDocument document = Analyzer.of(options).analyze().document();

        assertThat(document.resolution().requestedServices()).isEqualTo(4);
        assertThat(document.resolution().value()).isPositive()
            .isNotEqualTo(AnalyzerOptions.of(MONOLITH).boundaries().resolution());
    }

    private static Path write(Path out) {
        Analysis analysis = Analyzer.of(AnalyzerOptions.of(MONOLITH).withDisplayPath("monolith-app")).analyze();
        ReportWriter.write(analysis.document(), out, EnumSet.allOf(ReportFormat.class));
        assertThat(Files.exists(out.resolve("report.html"))).isTrue();
        return out;
    }

    private static String withoutRunCost(Path analysisJson) {
        ObjectNode json = (ObjectNode) JSON.readTree(analysisJson.toFile());
        ObjectNode stats = (ObjectNode) json.get("stats");
        assertThat(stats.get("millis").asLong()).isPositive();
        stats.remove("millis");
        stats.remove("peakHeapMb");
        return json.toString();
    }

}
