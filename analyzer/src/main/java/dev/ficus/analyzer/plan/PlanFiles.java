package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.work.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code plan.json} and {@code plan.md}, and reads {@code plan.json} back for the
 * scaffold.
 */
public final class PlanFiles {

    public static final String PLAN_JSON = "plan.json";

    public static final String PLAN_MD = "plan.md";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private PlanFiles() {
    }

    /**
     * Writes both files into the folder, each through a temporary file moved into place,
     * so a failure never leaves a half-written plan.
     * @throws InvalidInputException when the folder is a file
     */
    public static void write(MigrationPlan plan, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException("output folder is a file: " + folder);
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(PLAN_JSON), JSON.writeValueAsString(plan) + "\n");
            AtomicFiles.write(folder.resolve(PLAN_MD), PlanMarkdown.render(plan));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan written by {@link #write}.
     * @throws InvalidInputException when the file is missing, not a plan, or of another
     * schema version
     */
    public static MigrationPlan read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("plan not found: " + file + " (run ./ficus plan first)");
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            int version = root.path("schemaVersion").asInt(-1);
            if (version != MigrationPlan.SCHEMA_VERSION) {
                throw new InvalidInputException("plan " + file + " has schemaVersion " + root.path("schemaVersion")
                        + ", this Ficus reads " + MigrationPlan.SCHEMA_VERSION + " (re-run ./ficus plan)");
            }
            return JSON.treeToValue(root, MigrationPlan.class);
        }
        catch (JacksonException e) {
            throw new InvalidInputException(
                    "plan " + file + " is not a valid plan.json (" + e.getOriginalMessage() + ")");
        }
    }

}
