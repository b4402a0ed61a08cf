package dev.ficus.shop.orders.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/orders}; lines for the same product are added up. */
record PlaceOrderRequest(@NotNull @Positive Long customerId,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Line> lines) {

    /** A product and how many of it. */
    record Line(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(1000) Integer quantity) {
    }
}
