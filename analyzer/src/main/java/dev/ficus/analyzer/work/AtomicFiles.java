package dev.ficus.analyzer.work;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: a reader never sees half a report, even when the
 * writer is killed.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a sibling temporary file, then moves it over
     * {@code target} in one step.
     */
    public static void write(Path target, String content) throws IOException {
        // a sibling with the default permissions (createTempFile would make it readable
        // by its owner only)
        Path temporary = target.toAbsolutePath()
            .resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

}
