package dev.ficus.shop.payments;

/** The provider refused an order's total. */
public record PaymentDeclined(long orderId, long customerId, long paymentId, String reason) {
}
