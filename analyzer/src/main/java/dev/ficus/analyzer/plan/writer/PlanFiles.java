package dev.ficus.analyzer.plan.writer;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.work.AtomicFiles;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocumentException;
import dev.ficus.plan.PlanDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@code plan.json} and {@code plan.md}, and reads {@code plan.json} back for the
 * extract, both through {@link PlanDocuments}, the binding every reader of a plan uses.
 */
public final class PlanFiles {

    public static final String PLAN_JSON = PlanDocuments.FILE_NAME;

    public static final String PLAN_MD = "plan.md";

    private PlanFiles() {
    }

    /**
     * Writes both files into the folder as one set ({@link AtomicFiles#writeAll}), so a
     * failure never leaves a half-written plan or a new plan.json beside a stale plan.md.
     * @throws InvalidInputException when the folder is a file
     */
    public static void write(MigrationPlan plan, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException("output folder is a file: " + folder);
        }
        try {
            Map<Path, String> files = new LinkedHashMap<>();
            files.put(folder.resolve(PLAN_JSON), PlanDocuments.toJson(plan));
            files.put(folder.resolve(PLAN_MD), PlanMarkdown.render(plan));
            Files.createDirectories(folder);
            AtomicFiles.writeAll(files);
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
        try {
            return PlanDocuments.read(file);
        }
        catch (PlanDocumentException e) {
            throw new InvalidInputException(Objects.requireNonNullElse(e.getMessage(), "not a plan: " + file));
        }
    }

}
