package dev.ficus.shop.api.seed;

import dev.ficus.shop.api.MoneyDto;

/** One product of the demo data set together with its initial stock. */
public record SeedProduct(long id, String sku, String name, String description, String category, MoneyDto price,
        int onHand, int reserved) {
}
