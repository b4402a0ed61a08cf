package dev.ficus.bench.scenario;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What the owner of the catalog said about one product when the run started: the fields
 * an answer about it must repeat.
 *
 * @param id product id
 * @param sku stock keeping unit
 * @param name product name
 * @param category category name
 * @param price price amount
 * @param currency ISO currency code
 */
public record ProductFacts(long id, String sku, String name, String category, @Nullable BigDecimal price,
        String currency) {

    /** The facts of a {@code ProductDto} JSON object. */
    public static ProductFacts of(JsonNode product) {
        JsonNode price = product.path("price");
        return new ProductFacts(product.path("id").asLong(-1), product.path("sku").asString(""),
                product.path("name").asString(""), product.path("category").asString(""),
                price.path("amount").isNumber() ? price.path("amount").decimalValue() : null,
                price.path("currency").asString(""));
    }

    /**
     * Which field of {@code answer} differs from these facts, or empty when it repeats
     * them all.
     */
    public Optional<String> differenceIn(JsonNode answer) {
        ProductFacts other = of(answer);
        if (other.id != id) {
            return Optional.of("id");
        }
        if (!other.sku.equals(sku) || !other.name.equals(name) || !other.category.equals(category)) {
            return Optional.of("name");
        }
        return samePrice(other.price, other.currency) ? Optional.empty() : Optional.of("price");
    }

    /** Whether an amount and currency are this product's price. */
    public boolean samePrice(@Nullable BigDecimal amount, String currency) {
        return amount != null && price != null && amount.compareTo(price) == 0 && this.currency.equals(currency);
    }
}
