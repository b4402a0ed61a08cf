package dev.ficus.shop.orders;

/** An order was given up, its reserved stock released. */
public record OrderCancelled(long orderId, long customerId, String reason) {
}
