package dev.ficus.shop.payments;

import dev.ficus.shop.catalog.Money;

/** The provider authorised an order's total. */
public record PaymentAuthorized(long orderId, long customerId, long paymentId, Money amount) {
}
