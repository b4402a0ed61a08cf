package dev.ficus.analyzer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.ficus.analyzer.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalyzerBenchmarkIntegrationTests {

    @TempDir
    Path out;

    @Test
    void measuresParseOnlyAndFullAnalysisOnTheSameFilesAndWritesBothReports() throws IOException {
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(List.of(Fixtures.of("servlet")), out);

        AnalyzerBenchmark.Row row = result.rows().get(0);
        assertThat(row.codebase()).isEqualTo("servlet");
        assertThat(row.files()).isEqualTo(6);
        assertThat(row.loc()).isEqualTo(93);
        assertThat(row.types()).isEqualTo(6);
        assertThat(row.edges()).isEqualTo(7);
        assertThat(row.parseOnlySeconds()).isPositive();
        assertThat(row.totalSeconds()).isPositive();
        assertThat(row.ratioToParseOnly()).isEqualTo(
                Math.round(row.parseOnlySeconds() / row.totalSeconds() * 1000) / 1000.0, offset(0.0011));
        assertThat(row.peakHeapMb()).isPositive();

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(result.json()));
        assertThat(json.get("codebases").get(0).get("loc").asLong()).isEqualTo(93);
        assertThat(json.get("environment").get("threads").asInt()).isEqualTo(result.threads());
        assertThat(Files.readString(result.markdown()))
                .startsWith("# Analyzer performance")
                .contains("| servlet | 6 | 93 | 6 | 7 |");
    }
}
