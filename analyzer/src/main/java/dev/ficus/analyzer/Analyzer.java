package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import java.util.Objects;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;

/**
 * The analyzer's entry point: reads the sources, builds the dependency graph, suggests
 * boundaries and returns the {@link Analysis} whose document {@code ficus analyze}
 * writes, e.g. {@code Analyzer.of(AnalyzerOptions.of(path)).analyze().document()}.
 */
public final class Analyzer {

    private final AnalyzerOptions options;

    private final EdgeWeights weights;

    private Analyzer(AnalyzerOptions options, EdgeWeights weights) {
        this.options = options;
        this.weights = weights;
    }

    public static Analyzer of(AnalyzerOptions options) {
        return new Analyzer(Objects.requireNonNull(options, "options"), EdgeWeights.defaults());
    }

    /** Analyses the sources the options name, quietly. */
    public Analysis analyze() {
        return analyze(Progress.NONE);
    }

    /** Analyses the sources the options name, telling {@code progress} how far it got. */
    public Analysis analyze(Progress progress) {
        long start = System.nanoTime();
        ParsedSources sources = SourceReader.read(options.sources(), progress);
        CodeGraph graph = GraphBuilder.build(sources, weights, progress);
        Decomposition decomposition = BoundarySuggester.of(options.boundaries()).suggest(graph, progress);
        DocumentBuilder builder = new DocumentBuilder(sources, graph, decomposition);
        Analysis analysis = new Analysis(builder.build(options, start), graph, decomposition);
        releaseSolverCaches();
        return analysis;
    }

    /**
     * JavaParser keeps one facade per type solver in a static map that never lets go of
     * it (the facade holds its own key), and through the solver every parsed tree:
     * without this, the trees of the whole codebase stay in memory while the reports are
     * written and for as long as the JVM lives. Locked like {@code JavaParserFacade.get},
     * so a concurrent analysis only loses its cache, never its map.
     */
    private static void releaseSolverCaches() {
        synchronized (JavaParserFacade.class) {
            JavaParserFacade.clearInstances();
        }
    }

}
