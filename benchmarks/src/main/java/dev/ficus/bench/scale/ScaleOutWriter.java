package dev.ficus.bench.scale;

import java.nio.file.Path;
import java.util.List;

import dev.ficus.bench.report.ReportFiles;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code results.json} and {@code summary.md}, both whole or not at all
 * ({@link ReportFiles}).
 */
final class ScaleOutWriter {

    static final String JSON_FILE = "results.json";

    static final String MARKDOWN_FILE = "summary.md";

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScaleOutWriter() {
    }

    static List<Path> write(ScaleOutReport report, Path directory) {
        return ReportFiles.writeJsonAndMarkdown(JSON, report, directory, JSON_FILE, MARKDOWN_FILE,
                ScaleOutMarkdown::render);
    }

}
