package dev.ficus.analyzer.report;

import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.ShopFixture;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
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
        return of(ShopFixture.shop());
    }

    /**
     * The shop with its application class, which starts it and configures every module:
     * the platform's one type.
     */
    static AnalysisDocument shopWithItsApplication() {
        return of(ShopFixture.shop(name -> "com.acme.shop." + name,
                graph -> graph.entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
                    .calls("com.acme.shop.ShopApplication", "com.acme.shop.orders.OrderManagement", 1)
                    .calls("com.acme.shop.ShopApplication", "com.acme.shop.billing.InvoiceManagement", 1)));
    }

    private static AnalysisDocument of(CodeGraph graph) {
        ParsedSources sources = new ParsedSources(Path.of("shop"), List.of(Path.of("shop/src/main/java")), 16, 800,
                List.of(Diagnostic.warning("src/main/java/Big.java", 1, "file larger than 1 MiB skipped"),
                        Diagnostic.error("src/main/java/Broken.java", 3, "Parse error: '}' expected </script>")),
                List.of(), List.of(), ReflectionTypeSolver::new);
        return TestDocuments.of(sources, graph,
                BoundarySuggester.of(BoundaryOptions.defaults()).suggest(graph, Progress.NONE), "shop");
    }

}
