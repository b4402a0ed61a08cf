package dev.ficus.analyzer.boundaries.metrics;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The small graph every metric test measures by hand. Partition A = {a1, a2, a3}, B =
 * {b1, b2}; directed edges with weights (static call sites): a1→a2 2, a2→a3 1, a3→a1 1,
 * b1→b2 3, a1→b1 1, b2→a3 1.
 */
final class MetricsExample {

    static final List<Set<String>> PARTITION = List.of(Set.of("a1", "a2", "a3"), Set.of("b1", "b2"));

    private MetricsExample() {
    }

    static Graph<String, DefaultWeightedEdge> graph() {
        SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(
                DefaultWeightedEdge.class);
        edge(graph, "a1", "a2", 2);
        edge(graph, "a2", "a3", 1);
        edge(graph, "a3", "a1", 1);
        edge(graph, "b1", "b2", 3);
        edge(graph, "a1", "b1", 1);
        edge(graph, "b2", "a3", 1);
        return graph;
    }

    private static void edge(Graph<String, DefaultWeightedEdge> graph, String source, String target, double weight) {
        graph.addVertex(source);
        graph.addVertex(target);
        graph.setEdgeWeight(graph.addEdge(source, target), weight);
    }

}
