package dev.ficus.analyzer.report;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the whole pipeline on a codebase: read sources, build the graph, suggest boundaries, measure, and
 * (with {@link #run}) write the reports.
 */
public final class Analyzer {

    private final BoundaryOptions options;
    private final EdgeWeights weights;

    private Analyzer(BoundaryOptions options, EdgeWeights weights) {
        this.options = options;
        this.weights = weights;
    }

    public static Analyzer of(BoundaryOptions options) {
        return new Analyzer(Objects.requireNonNull(options, "options"), EdgeWeights.defaults());
    }

    /**
     * Analyses the sources the request names.
     *
     * @param displayPath the path as the user named it, written to the report instead of an absolute path
     */
    public Analysis analyze(SourceRequest request, String displayPath, Progress progress) {
        long start = System.nanoTime();
        ParsedSources sources = SourceReader.read(request, progress);
        CodeGraph graph = GraphBuilder.build(sources, weights, progress);
        Decomposition decomposition = BoundarySuggester.of(options).suggest(graph, progress);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Analysis.Stats stats = new Analysis.Stats(sources.files(), sources.loc(), graph.types().size(),
                graph.graph().edgeSet().size(), sources.parseErrors(), graph.unresolvedCallRatio(), millis,
                peakHeapMb());
        Analysis.Input input = new Analysis.Input(displayPath,
                sources.sourceRoots().stream().map(root -> relative(sources.root(), root)).toList());
        return Analysis.of(input, stats, graph, decomposition, sources.diagnostics());
    }

    /** What {@link #run} produced: the analysis and the report files written. */
    public record Run(Analysis analysis, List<Path> written) {
    }

    /**
     * The whole of {@code ficus analyze}: analyses the sources, then writes the chosen reports into
     * {@code out}. The benchmark times exactly this.
     */
    public Run run(SourceRequest request, String displayPath, Progress progress, Path out,
            Set<ReportFormat> formats) {
        Analysis analysis = analyze(request, displayPath, progress);
        return new Run(analysis, ReportWriter.write(analysis, out, formats));
    }

    private static String relative(Path root, Path sourceRoot) {
        Path relative = sourceRoot.isAbsolute() && root.isAbsolute() ? root.relativize(sourceRoot) : sourceRoot;
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static long peakHeapMb() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        long bytes = pools.stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return bytes / (1024 * 1024);
    }
}
