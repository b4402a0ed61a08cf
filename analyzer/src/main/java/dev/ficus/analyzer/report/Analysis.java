package dev.ficus.analyzer.report;

import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.DecompositionMetrics;
import dev.ficus.analyzer.boundaries.ServiceMetrics;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.source.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one analysis found, as the report writers need it.
 *
 * @param input what was analysed
 * @param stats size of the input and cost of the run
 * @param graph the dependency graph
 * @param decomposition the suggested services and shared kernel
 * @param metrics quality of the decomposition as a whole
 * @param serviceMetrics size and coupling per service, by service name
 * @param diagnostics problems found in the input, sorted
 */
public record Analysis(Input input, Stats stats, CodeGraph graph, Decomposition decomposition,
        DecompositionMetrics metrics, SortedMap<String, ServiceMetrics> serviceMetrics, List<Diagnostic> diagnostics) {

    public Analysis {
        serviceMetrics = Collections.unmodifiableSortedMap(new TreeMap<>(serviceMetrics));
        diagnostics = diagnostics.stream().sorted().toList();
    }

    /** Builds the analysis of a graph and its decomposition, measuring the decomposition. */
    public static Analysis of(Input input, Stats stats, CodeGraph graph, Decomposition decomposition,
            List<Diagnostic> diagnostics) {
        return new Analysis(input, stats, graph, decomposition, DecompositionMetrics.of(graph, decomposition),
                ServiceMetrics.of(graph, decomposition), diagnostics);
    }

    /**
     * What was analysed.
     *
     * @param path the folder as the user named it
     * @param sourceRoots source roots relative to it, with {@code /} separators, sorted
     */
    public record Input(String path, List<String> sourceRoots) {

        public Input {
            sourceRoots = sourceRoots.stream().sorted().toList();
        }
    }

    /**
     * Size of the input and cost of the run; only {@code millis} and {@code peakHeapMb} vary between runs.
     *
     * @param files Java files read
     * @param loc non-blank, non-comment lines
     * @param types top-level types analysed
     * @param edges dependencies between them
     * @param parseErrors files that did not parse
     * @param unresolvedCallRatio share of method calls whose target could not be resolved
     * @param millis wall-clock time of the analysis
     * @param peakHeapMb peak heap use of the JVM
     */
    public record Stats(int files, long loc, int types, int edges, long parseErrors, double unresolvedCallRatio,
            long millis, long peakHeapMb) {
    }
}
