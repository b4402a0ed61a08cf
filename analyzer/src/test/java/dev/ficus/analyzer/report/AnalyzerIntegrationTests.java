package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.source.Progress;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Runs the whole pipeline on the sample monolith and checks the reports it writes. */
class AnalyzerIntegrationTests {

    private static final Path MONOLITH = Path.of("..", "monolith-app");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void writesTheSameReportsForTheSameInput() throws Exception {
        Path first = write(folder.resolve("first"));
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
        JsonNode json = JSON.readTree(write(folder).resolve("analysis.json").toFile());

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

    private Path write(Path out) {
        Analysis analysis = Analyzer.of(BoundaryOptions.defaults())
                .analyze(SourceRequest.of(MONOLITH), "monolith-app", Progress.NONE);
        ReportWriter.write(analysis, out, EnumSet.allOf(ReportFormat.class));
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
