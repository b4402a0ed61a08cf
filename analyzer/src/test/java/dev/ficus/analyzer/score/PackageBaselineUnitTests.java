package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageBaselineUnitTests {

    private static final List<String> TYPES = List.of("com.shop.App", "com.shop.orders.Order",
            "com.shop.orders.web.OrderController", "com.shop.catalog.Product",
            "com.shop.catalog.web.ProductController");

    @Test
    void cutsEachPackageAtTheDepthAndKeepsShallowerPackagesWhole() {
        assertThat(PackageBaseline.atDepth(TYPES, 3)).containsEntry("com.shop.App", "com.shop")
            .containsEntry("com.shop.orders.web.OrderController", "com.shop.orders")
            .containsEntry("com.shop.catalog.Product", "com.shop.catalog");
    }

    @Test
    void keepsTheDepthThatScoresBest() {
        ReferenceDecomposition truth = reference("orders:Order", "orders:OrderController", "catalog:Product",
                "catalog:ProductController", "catalog:App");

        PackageBaseline.Best best = PackageBaseline.best(TYPES, truth);

        assertThat(best.depth()).isEqualTo(3);
        assertThat(best.scorecard().purity()).isEqualTo(1.0);
        assertThat(best.scorecard().mojoFm()).isEqualTo(66.67);
    }

}
