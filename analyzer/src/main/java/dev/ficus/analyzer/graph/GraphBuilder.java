package dev.ficus.analyzer.graph;

import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.Progress;

/** Builds the {@link CodeGraph} of parsed sources: dependencies, entry points and table accesses. */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    public static CodeGraph build(ParsedSources sources, EdgeWeights weights, Progress progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
