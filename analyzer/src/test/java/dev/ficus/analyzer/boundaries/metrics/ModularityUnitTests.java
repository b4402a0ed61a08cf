package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class ModularityUnitTests {

    @Test
    void measuresHandComputedModularity() {
        // m = 2+1+1+3+1+1 = 9; L_A = 4, L_B = 3; d_A = 4+3+3 = 10, d_B = 4+4 = 8
        // Q = 4/9 − (10/18)² + 3/9 − (8/18)² = (63 − 25 − 16) / 81 = 22/81
        double q = new Modularity<>(MetricsExample.graph()).modularity(MetricsExample.PARTITION);

        assertThat(q).isCloseTo(22.0 / 81, within(1e-12));
    }

    @Test
    void agreesWithJGraphTOnTheUndirectedGraph() {
        Graph<String, DefaultWeightedEdge> directed = MetricsExample.graph();
        SimpleWeightedGraph<String, DefaultWeightedEdge> undirected = new SimpleWeightedGraph<>(
                DefaultWeightedEdge.class);
        directed.vertexSet().forEach(undirected::addVertex);
        directed.edgeSet()
            .forEach(e -> undirected.setEdgeWeight(
                    undirected.addEdge(directed.getEdgeSource(e), directed.getEdgeTarget(e)),
                    directed.getEdgeWeight(e)));
        List<Set<String>> other = List.of(Set.of("a1", "b1"), Set.of("a2", "a3", "b2"));

        assertThat(new Modularity<>(directed).modularity(other))
            .isCloseTo(new UndirectedModularityMeasurer<>(undirected).modularity(other), within(1e-12));
        assertThat(new Modularity<>(directed).modularity(MetricsExample.PARTITION)).isCloseTo(
                new UndirectedModularityMeasurer<>(undirected).modularity(MetricsExample.PARTITION), within(1e-12));
    }

    @Test
    void isZeroForOneClusterHoldingEverything() {
        // L = m and d = 2m: 1 − 1 = 0
        Set<String> all = MetricsExample.graph().vertexSet();

        assertThat(new Modularity<>(MetricsExample.graph()).modularity(List.of(all))).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void rejectsPartitionsThatMissVertices() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Modularity<>(MetricsExample.graph()).modularity(List.of(Set.of("a1", "a2", "a3"))));
    }

}
