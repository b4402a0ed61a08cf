package dev.ficus.bench.slow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code results.json} and {@code summary.md}, each to a temporary file renamed
 * into place, so a crash never leaves half a report.
 */
public final class SlowWriter {

    public static final String JSON_FILE = "results.json";

    public static final String MARKDOWN_FILE = "summary.md";

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SlowWriter() {
    }

    public static List<Path> write(SlowReport report, Path directory) {
        try {
            Files.createDirectories(directory);
            return List.of(atomically(directory.resolve(JSON_FILE), JSON.writeValueAsString(report) + "\n"),
                    atomically(directory.resolve(MARKDOWN_FILE), SlowMarkdown.render(report)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report to " + directory, ex);
        }
    }

    private static Path atomically(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content);
            return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

}
