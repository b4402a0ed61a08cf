package dev.ficus.shop.api.catalog;

import dev.ficus.shop.api.MoneyDto;
import java.time.Instant;
import java.util.UUID;

/**
 * Integration event: a product was added to the catalog. {@code eventId} makes consumers
 * idempotent.
 */
public record ProductCreated(UUID eventId, long productId, String sku, String name, String category, MoneyDto price,
        Instant occurredAt) {
}
