package dev.ficus.shop.api.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code PUT /api/inventory/{productId}}: the new quantity on hand (409 if below
 * what is reserved).
 */
public record SetStockRequest(@NotNull @Min(0) @Max(1_000_000) Integer onHand) {
}
