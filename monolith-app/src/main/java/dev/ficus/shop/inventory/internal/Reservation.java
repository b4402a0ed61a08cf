package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.ReservationLine;
import dev.ficus.shop.api.inventory.StockReservationDto;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * Units of a product set aside for an order until it ships ({@code COMMITTED}) or is
 * cancelled ({@code RELEASED}); kept after settling so that a repeated call for the same
 * order changes nothing.
 */
@Entity
@Table(name = "inventory_reservation")
class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long orderId;

    private long productId;

    private int quantity;

    private String status = StockReservationDto.RESERVED;

    protected Reservation() {
    }

    Reservation(long orderId, long productId, int quantity) {
        this.orderId = orderId;
        this.productId = productId;
        this.quantity = quantity;
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }

    boolean held() {
        return StockReservationDto.RESERVED.equals(status);
    }

    void settle(String outcome) {
        status = outcome;
    }

    /**
     * The order's reservation as the HTTP contract shows it; {@code rows} are the
     * order's, in product order.
     */
    static StockReservationDto toDto(long orderId, List<Reservation> rows) {
        return new StockReservationDto(orderId, rows.get(0).status,
                rows.stream().map(row -> new ReservationLine(row.productId, row.quantity)).toList());
    }

}
