package dev.ficus.shop.api.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/inventory/reservations}: set stock aside for an order, all
 * lines or none (409 problem when any product has too little available, 404 for an
 * unknown product). Idempotent by {@code orderId}: asking again for an order that already
 * has a reservation answers that reservation and reserves nothing more.
 */
public record StockReservationRequest(@NotNull @Positive Long orderId,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ReservationLine> lines) {
}
