package dev.ficus.analyzer.work;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes files whole or not at all: a reader never sees half a report, even when the
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
        writeAll(Map.of(target, content));
    }

    /**
     * Writes files that belong together (an analysis and its reports, a plan and its
     * summary): every content goes to a sibling temporary file first, and only when all
     * of them are written is each moved over its target, in the map's order. A disk that
     * fills up or a write that fails leaves every target as it was, never a new file next
     * to a stale one; only a kill between the moves, a window of a few renames, can mix
     * them.
     */
    public static void writeAll(Map<Path, String> contents) throws IOException {
        List<Move> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : contents.entrySet()) {
                Move move = Move.to(file.getKey());
                moves.add(move);
                Files.writeString(move.temporary(), file.getValue(), StandardCharsets.UTF_8);
            }
            for (Move move : moves) {
                Files.move(move.temporary(), move.target(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        finally {
            for (Move move : moves) {
                Files.deleteIfExists(move.temporary());
            }
        }
    }

    private record Move(Path temporary, Path target) {

        static Move to(Path target) {
            // a sibling with the default permissions (createTempFile would make it
            // readable by its owner only)
            return new Move(
                    target.toAbsolutePath()
                        .resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"),
                    target);
        }

    }

}
