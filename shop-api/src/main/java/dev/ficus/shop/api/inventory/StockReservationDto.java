package dev.ficus.shop.api.inventory;

import java.util.List;

/**
 * An order's stock reservation as {@code /api/inventory/reservations/**} returns it,
 * lines in product order.
 *
 * @param status {@code RESERVED}, then {@code COMMITTED} (the goods left) or
 * {@code RELEASED} (given back)
 */
public record StockReservationDto(long orderId, String status, List<ReservationLine> lines) {

    public static final String RESERVED = "RESERVED";

    public static final String COMMITTED = "COMMITTED";

    public static final String RELEASED = "RELEASED";

    public StockReservationDto {
        lines = List.copyOf(lines);
    }
}
