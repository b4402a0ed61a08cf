package dev.ficus.shop.inventory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units of a product set aside for an order until it ships or is cancelled. */
@Entity
@Table(name = "inventory_reservation")
class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long orderId;

    private long productId;

    private int quantity;

    protected Reservation() {
    }

    Reservation(long orderId, long productId, int quantity) {
        this.orderId = orderId;
        this.productId = productId;
        this.quantity = quantity;
    }

    long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }
}
