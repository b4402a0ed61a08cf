package dev.ficus.shop.api.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Units of one product in a stock reservation. */
public record ReservationLine(@NotNull @Positive Long productId, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
}
