package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class LouvainClusteringUnitTests {

    @Test
    void separatesTwoCliquesJoinedByOneEdge() {
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(2, 4);

        List<Set<Integer>> clusters = new LouvainClustering<>(graph).getClustering().getClusters();

        assertThat(new HashSet<>(clusters)).containsExactlyInAnyOrder(Set.of(0, 1, 2, 3), Set.of(4, 5, 6, 7));
    }

    @Test
    void findsEveryCliqueOfARingWithTheModularityExpected() {
        // 6 cliques of 5 (10 edges each) in a ring: m = 66, each clique has L = 10 and d
        // = 22
        // Q = 6 · (10/66 − (22/132)²) = 10/11 − 1/6
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(6, 5);

        List<Set<Integer>> clusters = new LouvainClustering<>(graph).getClustering().getClusters();

        assertThat(clusters).hasSize(6).allSatisfy(cluster -> assertThat(cluster).hasSize(5));
        assertThat(new UndirectedModularityMeasurer<>(graph).modularity(clusters)).isCloseTo(10.0 / 11 - 1.0 / 6,
                within(1e-12));
    }

    @Test
    void mergesEverythingAtAVeryLowResolution() {
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(6, 5);

        assertThat(new LouvainClustering<>(graph, 0.01, new Random(1)).getClustering().getNumberClusters())
            .isEqualTo(1);
    }

    @Test
    void repeatsExactlyWithTheSameSeed() {
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(12, 3);

        List<Set<Integer>> first = new LouvainClustering<>(graph, 1.5, new Random(7)).getClustering().getClusters();
        List<Set<Integer>> second = new LouvainClustering<>(graph, 1.5, new Random(7)).getClustering().getClusters();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void keepsIsolatedVerticesAlone() {
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(2, 4);
        graph.addVertex(100);

        assertThat(new LouvainClustering<>(graph).getClustering().getClusters()).contains(Set.of(100)).hasSize(3);
    }

    @Test
    void rejectsANonPositiveResolution() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new LouvainClustering<>(ringOfCliques(2, 3), 0, new Random()));
    }

    @Test
    void rejectsNegativeWeights() {
        Graph<Integer, DefaultWeightedEdge> graph = ringOfCliques(2, 3);
        graph.setEdgeWeight(graph.getEdge(0, 1), -1);

        assertThatIllegalArgumentException().isThrownBy(() -> new LouvainClustering<>(graph));
    }

    /**
     * {@code count} cliques of {@code size} vertices, clique i joined to clique i+1 by
     * one edge (a ring if > 2).
     */
    static Graph<Integer, DefaultWeightedEdge> ringOfCliques(int count, int size) {
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < count * size; v++) {
            graph.addVertex(v);
        }
        for (int c = 0; c < count; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    graph.addEdge(c * size + i, c * size + j);
                }
            }
            if (count > 2 || c == 0) {
                graph.addEdge(c * size + size - 1, ((c + 1) % count) * size);
            }
        }
        return graph;
    }

}
