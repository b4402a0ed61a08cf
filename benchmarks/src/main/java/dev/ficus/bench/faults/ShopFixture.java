package dev.ficus.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the harness knows to be true in the shop at the start of a fault phase, set or
 * read on the owners directly.
 *
 * @param stockReadProducts products whose stock level the harness set on the inventory
 * owner and only reads
 * @param stockTruth their stock level ({@code onHand}) as set
 * @param productReadProducts seeded products read during the phase
 * @param productTruth their {@link Fingerprint#PRODUCT} as the catalog owner answered it
 * @param orderProducts products orders are placed for (stock set high enough for the
 * whole run)
 * @param customers customers have ids {@code 1..customers}
 */
public record ShopFixture(List<Long> stockReadProducts, Map<Long, Long> stockTruth, List<Long> productReadProducts,
        Map<Long, String> productTruth, List<Long> orderProducts, int customers) {

    public ShopFixture {
        stockReadProducts = List.copyOf(stockReadProducts);
        stockTruth = Map.copyOf(stockTruth);
        productReadProducts = List.copyOf(productReadProducts);
        productTruth = Map.copyOf(productTruth);
        orderProducts = List.copyOf(orderProducts);
        if (stockReadProducts.isEmpty() || productReadProducts.isEmpty() || orderProducts.isEmpty() || customers < 1) {
            throw new IllegalArgumentException("a fixture needs products to read, to order, and customers");
        }
    }

    long stockTruth(long product) {
        return Objects.requireNonNull(stockTruth.get(product), () -> "no stock truth for product " + product);
    }

    String productTruth(long product) {
        return Objects.requireNonNull(productTruth.get(product), () -> "no truth for product " + product);
    }
}
