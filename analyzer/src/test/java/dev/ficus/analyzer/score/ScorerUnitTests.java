package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerUnitTests {

    @Test
    void matchesSimpleNamesToTypesAndStatesTheCommonSet() {
        ReferenceDecomposition truth = reference("orders:Order", "orders:OrderService", "catalog:Product",
                "catalog:Missing");
        Map<String, String> proposed = Map.of("com.shop.orders.Order", "orders", "com.shop.orders.OrderService",
                "orders", "com.shop.catalog.Product", "catalog", "com.shop.ShopApplication", "shop");

        Scorecard card = Scorer.score(truth, proposed);

        assertThat(card.referenceElements()).isEqualTo(4);
        assertThat(card.common()).isEqualTo(3);
        assertThat(card.unplaced()).containsExactly("Missing");
        assertThat(card.proposalOnly()).isEqualTo(1);
        assertThat(card.ari()).isEqualTo(1.0);
        assertThat(card.purity()).isEqualTo(1.0);
        // Missing goes to the unobserved cluster, which is tagged with catalog: one join;
        // max = 4 - 2
        assertThat(card.mojoFm()).isEqualTo(50.0);
    }

    @Test
    void matchesQualifiedNamesExactly() {
        ReferenceDecomposition truth = reference("a:com.x.A", "a:com.x.B", "b:com.y.A", "b:com.y.C");
        Map<String, String> proposed = Map.of("com.x.A", "p", "com.x.B", "p", "com.y.A", "q", "com.y.C", "p");

        Scorecard card = Scorer.score(truth, proposed);

        assertThat(card.common()).isEqualTo(4);
        assertThat(card.ambiguous()).isEmpty();
        assertThat(card.purity()).isCloseTo(0.75, within(1e-9));
    }

}
