package dev.ficus.analyzer.report;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.ShopFixture;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.source.Diagnostic;
import dev.ficus.analyzer.source.Progress;
import java.util.List;

/** An {@link Analysis} of the hand-built three-module shop, with two diagnostics. */
final class AnalysisFixture {

    private AnalysisFixture() {
    }

    static Analysis shop() {
        CodeGraph graph = ShopFixture.shop();
        return Analysis.of(new Analysis.Input("shop", List.of("src/main/java")),
                new Analysis.Stats(16, 800, graph.types().size(), graph.graph().edgeSet().size(), 1, 0.125, 1234, 56),
                graph, BoundarySuggester.of(BoundaryOptions.defaults()).suggest(graph, Progress.NONE),
                List.of(Diagnostic.warning("src/main/java/Big.java", 1, "file larger than 1 MiB skipped"),
                        Diagnostic.error("src/main/java/Broken.java", 3, "Parse error: '}' expected </script>")));
    }
}
