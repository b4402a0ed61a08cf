package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;

/**
 * What one run of {@link Analyzer} found: the analysis document that is written as
 * {@code analysis.json} and that every later stage reads, and the graph and decomposition
 * it was made from, for callers that measure them.
 *
 * @param document the analysis document
 * @param graph the dependency graph (unmodifiable)
 * @param decomposition the suggested services and shared kernel
 */
public record Analysis(AnalysisDocument document, CodeGraph graph, Decomposition decomposition) {
}
