package dev.ficus.bench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files whole or not at all: a run stopped or failing mid-write never
 * leaves half a report behind.
 */
public final class ReportFiles {

    private ReportFiles() {
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
