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

    @Test
    void leavesOutSimpleNamesThatSeveralTypesShareUnderSeveralServices() {
        ReferenceDecomposition truth = reference("accounts:Account", "accounts:AccountController", "stats:Account",
                "stats:StatisticsController");
        Map<String, String> proposed = Map.of("com.x.accounts.Account", "a", "com.x.accounts.AccountController", "a",
                "com.x.stats.Account", "s", "com.x.stats.StatisticsController", "s");

        Scorecard card = Scorer.score(truth, proposed);

        assertThat(card.ambiguous()).containsExactly("Account");
        assertThat(card.referenceElements()).isEqualTo(2);
        assertThat(card.common()).isEqualTo(2);
        assertThat(card.proposalOnly()).isEqualTo(2);
        assertThat(card.mojoFm()).isEqualTo(100.0);
        assertThat(card.ari()).isEqualTo(1.0);
    }

    @Test
    void picksTheSharedNameTypeWhosePackageHoldsTheListedService() {
        // Order is listed once; of the two Order types, the one beside OrderService is
        // meant
        ReferenceDecomposition truth = reference("orders:Order", "orders:OrderService", "catalog:Product",
                "catalog:Catalog");
        Map<String, String> proposed = Map.of("com.shop.orders.Order", "p", "com.shop.orders.OrderService", "p",
                "com.shop.catalog.Product", "q", "com.shop.catalog.Catalog", "q", "integration.Order", "q");

        Scorecard card = Scorer.score(truth, proposed);

        assertThat(card.ambiguous()).isEmpty();
        assertThat(card.common()).isEqualTo(4);
        assertThat(card.mojoFm()).isEqualTo(100.0);
        assertThat(card.ari()).isEqualTo(1.0);
    }

}
