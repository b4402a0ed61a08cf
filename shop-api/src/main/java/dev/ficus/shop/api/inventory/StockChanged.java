package dev.ficus.shop.api.inventory;

import java.time.Instant;
import java.util.UUID;

/** Integration event: the stock of a product changed (set, reserved or released). */
public record StockChanged(UUID eventId, long productId, int onHand, int reserved, Instant occurredAt) {
}
