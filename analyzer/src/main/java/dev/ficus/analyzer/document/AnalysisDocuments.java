package dev.ficus.analyzer.document;

import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
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
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("analysis " + file + " is a folder; pass the analysis.json"
                    + (Files.isRegularFile(file.resolve("analysis.json")) ? " in it, " + file.resolve("analysis.json")
                            : " ficus analyze wrote"));
        }
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
        requireAnAnalysis(file, root);
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
                    "analysis " + file + " is not a valid analysis.json (wrong or missing value at " + where(e) + ")");
        }
    }

    /**
     * A file that is JSON but no analysis at all (empty, an array, a plan, a document
     * without a schema version) is named as such, not by the version it lacks.
     */
    private static void requireAnAnalysis(Path file, JsonNode root) {
        String problem = root.isMissingNode() ? "is empty" : !root.isObject()
                ? "holds a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an analysis.json"
                : root.has("candidates") && !root.has("services")
                        ? "is a plan.json, not an analysis.json (pass the analysis.json ficus analyze wrote)"
                        : !root.has("schemaVersion") ? "has no schemaVersion, it is not an analysis.json" : null;
        if (problem != null) {
            throw new InvalidInputException(
                    "analysis " + file + " " + problem + (problem.endsWith(")") ? "" : " (re-run ./ficus analyze)"));
        }
    }

    /**
     * Where in the document the binding failed, as a JSON path
     * ({@code services[0].name}); the binding's own message names Java classes, not the
     * file.
     */
    private static String where(JacksonException e) {
        String path = e.getPath()
            .stream()
            .map(reference -> reference.getPropertyName() != null ? "." + reference.getPropertyName()
                    : "[" + reference.getIndex() + "]")
            .collect(Collectors.joining());
        return path.isEmpty() ? "the top level" : path.substring(path.startsWith(".") ? 1 : 0);
    }

}
