package dev.ficus.shop.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings ({@code ficus.shop.catalog.*}).
 *
 * @param seedProducts how many demo products an empty catalog is filled with on start (ids 1..n)
 */
@ConfigurationProperties("ficus.shop.catalog")
record CatalogProperties(@DefaultValue("1000") int seedProducts) {

    CatalogProperties {
        if (seedProducts < 0) {
            throw new IllegalArgumentException("ficus.shop.catalog.seed-products must not be negative");
        }
    }
}
