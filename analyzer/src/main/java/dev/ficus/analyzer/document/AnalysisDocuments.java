package dev.ficus.analyzer.document;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@code analysis.json} with Jackson, turning every problem with a file
 * into one clear message.
 */
public final class AnalysisDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    private AnalysisDocuments() {
    }

    /** The document as {@code analysis.json} holds it, ending with a line break. */
    public static String toJson(AnalysisDocument document) {
        return JSON.writeValueAsString(document) + "\n";
    }

    /**
     * Reads a document written by {@link #toJson}.
     * @throws InvalidInputException when the file is missing, is not JSON, has another
     * schema version or does not fit the schema
     */
    public static AnalysisDocument read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("analysis not found: " + file + " (run ./ficus analyze first)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        }
        catch (JacksonException e) {
            throw new InvalidInputException(
                    "analysis is not valid JSON: " + file + " (" + e.getOriginalMessage() + ")");
        }
        JsonNode version = root.path("schemaVersion");
        if (!version.isInt() || version.asInt() != AnalysisDocument.SCHEMA_VERSION) {
            throw new InvalidInputException("analysis " + file + " has schemaVersion " + version + ", this Ficus reads "
                    + AnalysisDocument.SCHEMA_VERSION + " (re-run ./ficus analyze)");
        }
        try {
            return JSON.treeToValue(root, AnalysisDocument.class);
        }
        catch (JacksonException e) {
            throw new InvalidInputException(
                    "analysis " + file + " is not a valid analysis.json (" + e.getOriginalMessage() + ")");
        }
    }

}
