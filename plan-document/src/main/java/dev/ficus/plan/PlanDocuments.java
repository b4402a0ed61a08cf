package dev.ficus.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@code plan.json} with Jackson, so that every process reading a plan
 * binds the same records, and turns every problem with a file into one clear message.
 */
public final class PlanDocuments {

    /** The file name {@code ficus plan} writes. */
    public static final String FILE_NAME = "plan.json";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .build();

    private PlanDocuments() {
    }

    /** The plan as {@code plan.json} holds it, ending with a line break. */
    public static String toJson(MigrationPlan plan) {
        return JSON.writeValueAsString(plan) + "\n";
    }

    /**
     * Reads a plan written by {@link #toJson}.
     * @throws PlanDocumentException when the file is missing, is not JSON (or is cut
     * short), has another schema version or is not a plan
     */
    public static MigrationPlan read(Path file) {
        if (Files.isDirectory(file)) {
            throw new PlanDocumentException("plan " + file + " is a folder; pass the " + FILE_NAME
                    + (Files.isRegularFile(file.resolve(FILE_NAME)) ? " in it, " + file.resolve(FILE_NAME)
                            : " ficus plan wrote"));
        }
        if (!Files.isRegularFile(file)) {
            throw new PlanDocumentException("plan not found: " + file + " (run ./ficus plan first)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        }
        catch (JacksonException e) {
            throw new PlanDocumentException("plan " + file + " is not valid JSON (" + oneLine(e) + ")");
        }
        requireAPlan(file, root);
        JsonNode version = root.path("schemaVersion");
        if (!version.isInt() || version.asInt() != MigrationPlan.SCHEMA_VERSION) {
            throw new PlanDocumentException("plan " + file + " has schemaVersion " + version + ", this Ficus reads "
                    + MigrationPlan.SCHEMA_VERSION + " (re-run ./ficus analyze, then ./ficus plan)");
        }
        try {
            return JSON.treeToValue(root, MigrationPlan.class);
        }
        catch (JacksonException e) {
            throw new PlanDocumentException("plan " + file + " is not a valid plan.json (" + oneLine(e) + ")");
        }
    }

    /**
     * A file that is JSON but no plan at all (empty, an array, an analysis, a document
     * without a schema version) is named as such, not by the version it lacks.
     */
    private static void requireAPlan(Path file, JsonNode root) {
        String problem = root.isMissingNode() ? "is empty"
                : !root.isObject()
                        ? "holds a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a plan.json"
                        : root.has("services") && !root.has("candidates")
                                ? "is an analysis.json, not a plan.json (make the plan with ./ficus plan)"
                                : !root.has("schemaVersion") ? "has no schemaVersion, it is not a plan.json" : null;
        if (problem != null) {
            throw new PlanDocumentException("plan " + file + " " + problem
                    + (problem.endsWith(")") ? "" : " (re-run ./ficus analyze, then ./ficus plan)"));
        }
    }

    private static String oneLine(JacksonException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("").strip();
    }

}
