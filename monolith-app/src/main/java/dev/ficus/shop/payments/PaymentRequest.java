package dev.ficus.shop.payments;

import dev.ficus.shop.catalog.Money;

/** An order's total to authorise. */
public record PaymentRequest(long orderId, long customerId, Money amount) {
}
