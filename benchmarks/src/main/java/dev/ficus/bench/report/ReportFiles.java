package dev.ficus.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes report files whole or not at all: a run stopped or failing mid-write never
 * leaves half a report behind.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The {@code type} document in {@code file}, or empty when there is none; a file that
     * is not such a document is reported as not being a {@code kind}.
     */
    public static <T> Optional<T> readIfPresent(JsonMapper json, Class<T> type, Path file, String kind) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Files.readString(file), type));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException(file + " is not " + kind + ": " + ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Writes a result document as JSON and its Markdown report side by side into
     * {@code directory}, both whole or not at all, and returns both paths. The Markdown
     * is rendered first, so a rendering fault leaves no new JSON behind.
     */
    public static <T> List<Path> writeJsonAndMarkdown(JsonMapper json, T document, Path directory, String jsonFile,
            String markdownFile, Function<T, String> markdown) {
        try {
            String text = markdown.apply(document);
            return List.of(write(directory.resolve(jsonFile), json.writeValueAsString(document) + "\n"),
                    write(directory.resolve(markdownFile), text));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report to " + directory, ex);
        }
    }

    /**
     * Writes the Markdown report again from the JSON document in {@code directory}: how a
     * change to the rendering reaches a committed run. {@code markdown} checks the
     * document (an {@link IllegalArgumentException} saying what it lacks) and renders it;
     * an unreadable file is reported as not being a {@code kind}.
     */
    public static <T> Path renderMarkdown(JsonMapper json, Class<T> type, Path directory, String jsonFile,
            String markdownFile, String kind, Function<T, String> markdown) {
        Path file = directory.resolve(jsonFile);
        try {
            T document = json.readValue(Files.readString(file), type);
            return write(directory.resolve(markdownFile), markdown.apply(document));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException(file + " is not " + kind + ": " + ex.getOriginalMessage(), ex);
        }
    }

    /**
     * Writes {@code text} to a temporary file beside {@code file}, then renames it over
     * {@code file}.
     */
    public static Path write(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException ex) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

}
