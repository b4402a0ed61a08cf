package dev.ficus.shop.payments.internal;

import dev.ficus.shop.api.MoneyDto;

/** A payment as {@code GET /api/payments?orderId=} returns it. */
public record PaymentDto(long id, long orderId, MoneyDto amount, String status, String providerReference,
        String declineReason) {
}
