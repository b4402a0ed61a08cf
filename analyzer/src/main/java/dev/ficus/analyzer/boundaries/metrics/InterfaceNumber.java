package dev.ficus.analyzer.boundaries.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Interface number IFN: how many classes per cluster are called from other clusters, i.e.
 * would need to become part of a service's published interface.
 * <p>
 * Kalia et al., Mono2Micro (ESEC/FSE 2021), after Jin et al., FoSCI (TSE 2019):
 * {@code IFN = (1/K) Σ_k |I_k|}, {@code I_k} = the vertices of cluster k that are the
 * target of an edge whose source is in another cluster. Lower is better. Runs in O(n +
 * m).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class InterfaceNumber<V, E> {

    private final Graph<V, E> graph;

    public InterfaceNumber(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /**
     * IFN of the partition, which must cover exactly the graph's vertices; 0 for an empty
     * partition.
     */
    public double interfaceNumber(List<Set<V>> partition) {
        ClusterIndex<V> index = new ClusterIndex<>(partition).requireCovers(graph.vertexSet());
        if (partition.isEmpty()) {
            return 0.0;
        }
        Set<V> interfaces = new HashSet<>();
        for (E edge : graph.edgeSet()) {
            V target = graph.getEdgeTarget(edge);
            if (index.of(graph.getEdgeSource(edge)) != index.of(target)) {
                interfaces.add(target);
            }
        }
        return (double) interfaces.size() / partition.size();
    }

}
