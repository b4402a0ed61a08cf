package dev.ficus.shop.api.catalog;

import dev.ficus.shop.api.MoneyDto;

/** A product as {@code GET /api/catalog/products/{id}} returns it. */
public record ProductDto(long id, String sku, String name, String description, String category, MoneyDto price) {
}
