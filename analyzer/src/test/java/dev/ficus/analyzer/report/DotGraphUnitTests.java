package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotGraphUnitTests {

    private final String dot = DotGraph.render(AnalysisFixture.shop());

    @Test
    void drawsOneClusterPerServiceAndOneForTheSharedKernel() {
        assertThat(dot).startsWith("digraph ficus {")
            .endsWith("}\n")
            .contains("subgraph cluster_0 {\n    label=\"billing\";")
            .contains("subgraph cluster_3 {\n    label=\"shared kernel\";\n    style=dashed;")
            .doesNotContain("cluster_4");
    }

    @Test
    void drawsThePlatformAsADottedClusterAfterTheSharedKernel() {
        assertThat(DotGraph.render(AnalysisFixture.shopWithItsApplication()))
            .contains("subgraph cluster_3 {\n    label=\"shared kernel\";\n    style=dashed;")
            .contains("subgraph cluster_4 {\n    label=\"platform\";\n    style=dotted;\n"
                    + "    \"com.acme.shop.ShopApplication\" [label=\"ShopApplication\"];");
    }

    @Test
    void drawsEveryDependencyWithItsWeight() {
        // OrderController → OrderManagement: 3 calls × 1.0
        assertThat(dot.lines().filter(line -> line.contains(" -> "))).hasSize(AnalysisFixture.shop().stats().edges());
        assertThat(dot).contains("\"com.acme.shop.orders.OrderController\" -> "
                + "\"com.acme.shop.orders.OrderManagement\" [label=\"3.0\"];");
    }

}
