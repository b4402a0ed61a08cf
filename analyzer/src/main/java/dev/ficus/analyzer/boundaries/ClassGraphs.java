package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Views of a {@link CodeGraph} restricted to some of its types, as the clustering and the metrics need them. */
final class ClassGraphs {

    private ClassGraphs() {
    }

    /**
     * The undirected weighted graph over the given types: the weights of {@code u→v} and {@code v→u} add up.
     * Vertices and edges are added in sorted order so that clustering repeats exactly.
     */
    static Graph<String, DefaultWeightedEdge> undirected(CodeGraph code, Set<String> types) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> result = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        new TreeSet<>(types).forEach(result::addVertex);
        code.graph().edgeSet().stream()
                .filter(d -> types.contains(d.source()) && types.contains(d.target()))
                .sorted(Comparator.comparing(Dependency::source).thenComparing(Dependency::target))
                .forEach(dependency -> {
                    DefaultWeightedEdge edge = result.getEdge(dependency.source(), dependency.target());
                    if (edge == null) {
                        edge = result.addEdge(dependency.source(), dependency.target());
                        result.setEdgeWeight(edge, 0.0);
                    }
                    result.setEdgeWeight(edge, result.getEdgeWeight(edge) + code.weight(dependency));
                });
        return result;
    }

    /** The directed graph over the given types with each dependency weighted by its static call-site count. */
    static Graph<String, Dependency> directedByCallSites(CodeGraph code, Set<String> types) {
        return new AsWeightedGraph<>(new AsSubgraph<>(code.graph(), types),
                dependency -> (double) dependency.callSites(), false, false);
    }
}
