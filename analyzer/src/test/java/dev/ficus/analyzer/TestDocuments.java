package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.SourceRequest;

/**
 * Builds analysis documents from hand-made stages, as {@link Analyzer} does from real
 * ones.
 */
public final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * The document of these stages, with a run cost of 1234 ms and 56 MB so that its
     * bytes repeat.
     */
    public static AnalysisDocument of(ParsedSources sources, CodeGraph graph, Decomposition decomposition,
            String displayPath) {
        AnalyzerOptions options = new AnalyzerOptions(SourceRequest.of(sources.root()), displayPath,
                BoundaryOptions.defaults());
        return new DocumentBuilder(sources, graph, decomposition).build(options, 1234, 56);
    }

}
