package dev.ficus.shop.shipping;

/** An order left the warehouse with the carrier. */
public record OrderShipped(long orderId, long customerId, String trackingNumber) {
}
