package dev.ficus.shop.orders;

import dev.ficus.shop.catalog.Money;

/** A customer placed an order and its stock is reserved. */
public record OrderPlaced(long orderId, long customerId, Money total) {
}
