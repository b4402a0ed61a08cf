package dev.ficus.analyzer.boundaries.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Newman's modularity Q of a partition of a weighted graph read as undirected.
 * <p>
 * Newman, Girvan: "Finding and evaluating community structure in networks", Phys. Rev. E
 * 69 (2004); weighted form from Newman, "Analysis of weighted networks", Phys. Rev. E 70
 * (2004): {@code Q = Σ_k [ L_k / m − (d_k / 2m)² ]} with {@code L_k} the weight of edges
 * inside cluster k, {@code d_k} the total weighted degree of its vertices and {@code m}
 * the total edge weight. A directed edge counts once with its weight, so {@code u→v} and
 * {@code v→u} add up. Higher is better; at most 1. With a resolution γ (Reichardt,
 * Bornholdt, Phys. Rev. E 74, 2006) the second term is multiplied by γ; the reported
 * metric uses γ = 1. Runs in O(n + m).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class Modularity<V, E> {

    private final Graph<V, E> graph;

    private final double resolution;

    public Modularity(Graph<V, E> graph) {
        this(graph, 1.0);
    }

    public Modularity(Graph<V, E> graph, double resolution) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, was " + resolution);
        }
        this.resolution = resolution;
    }

    /**
     * Q of the partition, which must cover exactly the graph's vertices; 0 for a graph
     * without edge weight.
     */
    public double modularity(List<Set<V>> partition) {
        ClusterIndex<V> index = new ClusterIndex<>(partition).requireCovers(graph.vertexSet());
        double[] inside = new double[partition.size()];
        double[] degree = new double[partition.size()];
        double total = 0;
        for (E edge : graph.edgeSet()) {
            double weight = graph.getEdgeWeight(edge);
            int source = index.of(graph.getEdgeSource(edge));
            int target = index.of(graph.getEdgeTarget(edge));
            total += weight;
            degree[source] += weight;
            degree[target] += weight;
            if (source == target) {
                inside[source] += weight;
            }
        }
        if (total == 0) {
            return 0.0;
        }
        double q = 0;
        for (int k = 0; k < partition.size(); k++) {
            q += inside[k] / total - resolution * Math.pow(degree[k] / (2 * total), 2);
        }
        return q;
    }

}
