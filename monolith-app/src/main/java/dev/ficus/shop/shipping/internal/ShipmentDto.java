package dev.ficus.shop.shipping.internal;

import java.time.Instant;

/** A shipment as {@code GET /api/shipping?orderId=} returns it. */
public record ShipmentDto(long id, long orderId, String trackingNumber, Instant shippedAt) {
}
