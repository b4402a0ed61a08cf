package dev.ficus.analyzer.boundaries.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Structural modularity SM of a partition: cohesion inside clusters minus coupling
 * between them.
 * <p>
 * Jin, Liu, Cai, Kazman, Mo, Zheng: "Service Candidate Identification from Monolithic
 * Systems Based on Execution Traces", IEEE TSE 47(5), 2019 (FoSCI). With {@code μ_k} the
 * number of unordered vertex pairs inside cluster k joined by an edge in either direction
 * and {@code σ_ij} the number of such pairs across clusters i and j:
 * {@code scoh_k = μ_k / N_k²}, {@code scop_ij = σ_ij / (2 N_i N_j)}, {@code SM = (1/K)
 * Σ_k scoh_k − (1 / (K(K−1)/2)) Σ_{i<j} scop_ij}; only the cohesion term when K = 1. Edge
 * weights are ignored. Higher is better, about [−1, 1]. Runs in O(n + m + K²).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class StructuralModularity<V, E> {

    private final Graph<V, E> graph;

    public StructuralModularity(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /**
     * SM of the partition, which must cover exactly the graph's vertices; 0 for an empty
     * partition.
     */
    public double structuralModularity(List<Set<V>> partition) {
        ClusterIndex<V> index = new ClusterIndex<>(partition).requireCovers(graph.vertexSet());
        int clusters = partition.size();
        if (clusters == 0) {
            return 0.0;
        }
        long[] inside = new long[clusters];
        long[][] across = new long[clusters][clusters];
        Set<Set<V>> seenPairs = new HashSet<>();
        for (E edge : graph.edgeSet()) {
            V source = graph.getEdgeSource(edge);
            V target = graph.getEdgeTarget(edge);
            if (source.equals(target) || !seenPairs.add(Set.of(source, target))) {
                continue;
            }
            int i = index.of(source);
            int j = index.of(target);
            if (i == j) {
                inside[i]++;
            }
            else {
                across[Math.min(i, j)][Math.max(i, j)]++;
            }
        }
        double cohesion = 0;
        for (int k = 0; k < clusters; k++) {
            double size = partition.get(k).size();
            cohesion += size == 0 ? 0 : inside[k] / (size * size);
        }
        cohesion /= clusters;
        if (clusters == 1) {
            return cohesion;
        }
        double coupling = 0;
        for (int i = 0; i < clusters; i++) {
            for (int j = i + 1; j < clusters; j++) {
                double sizes = 2.0 * partition.get(i).size() * partition.get(j).size();
                coupling += sizes == 0 ? 0 : across[i][j] / sizes;
            }
        }
        return cohesion - coupling / (clusters * (clusters - 1) / 2.0);
    }

}
