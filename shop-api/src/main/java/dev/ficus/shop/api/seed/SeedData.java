package dev.ficus.shop.api.seed;

import dev.ficus.shop.api.MoneyDto;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The deterministic demo data set that the monolith and every extracted service load, so
 * that their answers can be compared byte for byte: product {@code n} (1-based) is always
 * the same, with no randomness involved.
 */
public final class SeedData {

    /** How many products an application seeds unless told otherwise. */
    public static final int DEFAULT_PRODUCT_COUNT = 50;

    /** Category names, assigned to products round robin. */
    public static final List<String> CATEGORIES = List.of("books", "garden", "kitchen", "outdoor", "toys");

    private static final String CURRENCY = "EUR";

    private SeedData() {
    }

    /** Products {@code 1..count} in id order. */
    public static List<SeedProduct> products(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return LongStream.rangeClosed(1, count).mapToObj(SeedData::product).toList();
    }

    /** Product {@code id} (1-based); every fifth product has 3 units reserved. */
    public static SeedProduct product(long id) {
        if (id < 1) {
            throw new IllegalArgumentException("product ids start at 1: " + id);
        }
        String category = CATEGORIES.get((int) ((id - 1) % CATEGORIES.size()));
        BigDecimal amount = BigDecimal.valueOf(499 + (id * 137) % 9500, 2);
        int onHand = (int) ((id * 7) % 40) + 10;
        int reserved = id % 5 == 0 ? 3 : 0;
        return new SeedProduct(id, "SKU-%05d".formatted(id), "Product %d".formatted(id),
                "Demo %s item number %d".formatted(category, id), category, new MoneyDto(amount, CURRENCY), onHand,
                reserved);
    }

}
