package dev.ficus.shop.orders.internal;

import dev.ficus.shop.api.MoneyDto;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An order as {@code GET /api/orders/{id}} returns it; {@code trackingNumber} is set once
 * it shipped.
 */
record OrderDto(long id, long customerId, String status, List<Line> lines, MoneyDto total,
        @Nullable String trackingNumber) {

    /** One order line with the unit price at the time of ordering. */
    record Line(long productId, int quantity, MoneyDto unitPrice, MoneyDto lineTotal) {
    }
}
