package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpertWithKernelUnitTests {

    private final ReferenceDecomposition truth = reference("orders:Order", "orders:OrderDesk", "catalog:Product",
            "catalog:PriceList", "orders:BaseEntity", "catalog:BaseEntity");

    @Test
    void putsEveryClassTheArchitectListsUnderSeveralServicesInTheSharedCluster() {
        assertThat(truth.withSharedElementsIn("kernel")).containsExactly(entry("Order", "orders"),
                entry("OrderDesk", "orders"), entry("Product", "catalog"), entry("PriceList", "catalog"),
                entry("BaseEntity", "kernel"));
    }

    @Test
    void scoresBelowOneAgainstTheTruthThatCountsTheSharedClassUnderItsLastService() {
        Scorecard card = Scorer.score(truth, truth.withSharedElementsIn("kernel"));

        // truth {Order, OrderDesk} {Product, PriceList, BaseEntity} against
        // {Order, OrderDesk} {Product, PriceList} {BaseEntity}: 2 agreeing pairs, 4 and 2
        // pairs within clusters, 10 in all: (2 - 0.8) / (3 - 0.8)
        assertThat(card.ari()).isCloseTo(6.0 / 11.0, within(1e-9));
        assertThat(card.common()).isEqualTo(5);
    }

    @Test
    void leavesADecompositionWithoutSharedClassesAsItIs() {
        ReferenceDecomposition plain = reference("orders:Order", "catalog:Product");

        assertThat(Scorer.score(plain, plain.withSharedElementsIn("kernel")).ari()).isEqualTo(1.0);
        assertThat(plain.withSharedElementsIn("kernel")).doesNotContainValue("kernel");
    }

}
