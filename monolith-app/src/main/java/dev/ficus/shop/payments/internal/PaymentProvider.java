package dev.ficus.shop.payments.internal;

import dev.ficus.shop.catalog.Money;
import org.jspecify.annotations.Nullable;

/** An external payment provider. */
interface PaymentProvider {

    /** Asks the provider to authorise an amount; never throws for a refusal. */
    ProviderResponse authorize(long orderId, Money amount);

    /** The provider's answer: a reference when approved, a reason when declined. */
    record ProviderResponse(boolean approved, @Nullable String reference, @Nullable String declineReason) {

        static ProviderResponse approved(String reference) {
            return new ProviderResponse(true, reference, null);
        }

        static ProviderResponse declined(String reason) {
            return new ProviderResponse(false, null, reason);
        }
    }

}
