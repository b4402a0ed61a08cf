package dev.ficus.shop.api.catalog;

import dev.ficus.shop.api.MoneyDto;
import java.time.Instant;
import java.util.UUID;

/** Integration event: a product's price changed. */
public record ProductPriceChanged(UUID eventId, long productId, MoneyDto oldPrice, MoneyDto newPrice,
        Instant occurredAt) {
}
