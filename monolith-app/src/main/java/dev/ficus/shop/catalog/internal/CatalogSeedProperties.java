package dev.ficus.shop.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many products of the shared seed data an empty catalog is filled with on start
 * ({@code ficus.seed.products}, the same property the extracted services read).
 */
@ConfigurationProperties("ficus.seed")
record CatalogSeedProperties(@DefaultValue("1000") int products) {

    CatalogSeedProperties {
        if (products < 0) {
            throw new IllegalArgumentException("ficus.seed.products must not be negative");
        }
    }
}
