package dev.ficus.bench.faults;

import java.nio.file.Path;
import java.util.List;

import dev.ficus.bench.report.ReportFiles;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code reliability.json} and {@code reliability.md}, each to a temporary file
 * renamed into place, so a crash never leaves half a report.
 */
public final class ReliabilityWriter {

    public static final String JSON_FILE = "reliability.json";

    public static final String MARKDOWN_FILE = "reliability.md";

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReliabilityWriter() {
    }

    public static List<Path> write(ReliabilityReport report, Path directory) {
        return ReportFiles.writeJsonAndMarkdown(JSON, report, directory, JSON_FILE, MARKDOWN_FILE,
                ReliabilityMarkdown::render);
    }

}
