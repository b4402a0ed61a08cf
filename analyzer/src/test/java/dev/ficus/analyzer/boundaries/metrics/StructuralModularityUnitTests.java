package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

class StructuralModularityUnitTests {

    @Test
    void measuresHandComputedStructuralModularity() {
        // μ_A = 3 pairs → scoh_A = 3/9; μ_B = 1 → scoh_B = 1/4; σ_AB = 2 → scop_AB = 2 /
        // (2·3·2) = 1/6
        // SM = (1/3 + 1/4) / 2 − 1/6 = 7/24 − 4/24 = 1/8
        double sm = new StructuralModularity<>(MetricsExample.graph()).structuralModularity(MetricsExample.PARTITION);

        assertThat(sm).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void countsAPairJoinedBothWaysOnce() {
        // x→y and y→x are one pair: scoh = 1/4, one cluster so no coupling term
        SimpleDirectedGraph<String, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        graph.addVertex("x");
        graph.addVertex("y");
        graph.addEdge("x", "y");
        graph.addEdge("y", "x");

        assertThat(new StructuralModularity<>(graph).structuralModularity(List.of(Set.of("x", "y")))).isCloseTo(0.25,
                within(1e-12));
    }

}
