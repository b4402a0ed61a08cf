package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Analyzer} analyses and how.
 *
 * @param sources the folder and which of its files to read
 * @param displayPath the path as the user named it, written to the document instead of an
 * absolute path
 * @param boundaries how to look for boundaries
 */
public record AnalyzerOptions(SourceRequest sources, String displayPath, BoundaryOptions boundaries) {

    public AnalyzerOptions {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(boundaries, "boundaries");
    }

    /**
     * Every production source under {@code root}, default boundary options, the path
     * shown as given.
     */
    public static AnalyzerOptions of(Path root) {
        return new AnalyzerOptions(SourceRequest.of(root), root.toString().replace('\\', '/'),
                BoundaryOptions.defaults());
    }

    public AnalyzerOptions withSources(SourceRequest request) {
        return new AnalyzerOptions(request, displayPath, boundaries);
    }

    public AnalyzerOptions withDisplayPath(String path) {
        return new AnalyzerOptions(sources, path, boundaries);
    }

    public AnalyzerOptions withBoundaries(BoundaryOptions options) {
        return new AnalyzerOptions(sources, displayPath, options);
    }
}
