package dev.ficus.shop.catalog;

/**
 * The catalog was filled with demo products whose ids run from {@code firstProductId} to
 * {@code lastProductId}.
 */
public record CatalogSeeded(long firstProductId, long lastProductId) {
}
