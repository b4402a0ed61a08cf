package dev.ficus.analyzer.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ficus extract} wrote.
 *
 * @param out the project's folder
 * @param files every file written, relative to {@code out}, sorted
 * @param needsYou what the README lists as left to the user, one line each
 */
public record ExtractResult(Path out, List<String> files, List<String> needsYou) {

    public ExtractResult {
        files = List.copyOf(files);
        needsYou = List.copyOf(needsYou);
    }
}
