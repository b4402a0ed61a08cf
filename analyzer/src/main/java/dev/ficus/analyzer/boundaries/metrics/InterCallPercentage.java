package dev.ficus.analyzer.boundaries.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Inter-call percentage ICP: the share of (log-damped) calls that cross cluster
 * boundaries.
 * <p>
 * Kalia, Xiao, Krishna, Sinha, Vukovic, Banerjee: "Mono2Micro: a practical and effective
 * tool for decomposing monolithic Java applications to microservices", ESEC/FSE 2021:
 * {@code ICP = Σ_{e crossing clusters} (ln w(e) + 1) / Σ_{e} (ln w(e) + 1)}, where
 * {@code w(e) ≥ 1} is the edge weight of the given graph (the static call-site count).
 * Self-loops are ignored. With all weights 1 it is the fraction of edges that cross
 * clusters. Lower is better, in [0, 1]. Runs in O(n + m).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class InterCallPercentage<V, E> {

    private final Graph<V, E> graph;

    public InterCallPercentage(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /**
     * ICP of the partition, which must cover exactly the graph's vertices; 0 when there
     * are no edges.
     */
    public double interCallPercentage(List<Set<V>> partition) {
        ClusterIndex<V> index = new ClusterIndex<>(partition).requireCovers(graph.vertexSet());
        double crossing = 0;
        double all = 0;
        for (E edge : graph.edgeSet()) {
            V source = graph.getEdgeSource(edge);
            V target = graph.getEdgeTarget(edge);
            if (source.equals(target)) {
                continue;
            }
            double weight = graph.getEdgeWeight(edge);
            if (!(weight >= 1)) {
                throw new IllegalArgumentException("ICP needs call counts >= 1, edge " + edge + " has " + weight);
            }
            double damped = Math.log(weight) + 1;
            all += damped;
            if (index.of(source) != index.of(target)) {
                crossing += damped;
            }
        }
        return all == 0 ? 0.0 : crossing / all;
    }

}
