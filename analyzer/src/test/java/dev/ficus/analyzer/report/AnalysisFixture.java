package dev.ficus.analyzer.report;

import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.ShopFixture;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.source.Diagnostic;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.work.Progress;
import java.nio.file.Path;
import java.util.List;

/** The analysis document of the hand-built three-module shop, with two diagnostics. */
final class AnalysisFixture {

    private AnalysisFixture() {
    }

    static AnalysisDocument shop() {
        CodeGraph graph = ShopFixture.shop();
        ParsedSources sources = new ParsedSources(Path.of("shop"), List.of(Path.of("shop/src/main/java")), 16, 800,
                List.of(Diagnostic.warning("src/main/java/Big.java", 1, "file larger than 1 MiB skipped"),
                        Diagnostic.error("src/main/java/Broken.java", 3, "Parse error: '}' expected </script>")),
                List.of(), List.of(), ReflectionTypeSolver::new);
        return TestDocuments.of(sources, graph,
                BoundarySuggester.of(BoundaryOptions.defaults()).suggest(graph, Progress.NONE), "shop");
    }

}
