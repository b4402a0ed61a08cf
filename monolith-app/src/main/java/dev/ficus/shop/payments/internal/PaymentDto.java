package dev.ficus.shop.payments.internal;

import dev.ficus.shop.api.MoneyDto;
import org.jspecify.annotations.Nullable;

/** A payment as {@code GET /api/payments?orderId=} returns it. */
public record PaymentDto(long id, long orderId, MoneyDto amount, String status, @Nullable String providerReference,
        @Nullable String declineReason) {
}
