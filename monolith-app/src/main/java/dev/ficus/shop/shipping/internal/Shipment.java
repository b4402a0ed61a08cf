package dev.ficus.shop.shipping.internal;

import dev.ficus.shop.shipping.OrderShipped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order handed to the carrier, with its tracking number. */
@Entity
@Table(name = "shipping_shipment")
class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long orderId;

    private long customerId;

    private String trackingNumber;

    private Instant shippedAt;

    protected Shipment() {
    }

    Shipment(long orderId, long customerId, Instant shippedAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.trackingNumber = "FS-TRK-%08d".formatted(orderId);
        this.shippedAt = shippedAt;
    }

    OrderShipped toEvent() {
        return new OrderShipped(orderId, customerId, trackingNumber);
    }

    ShipmentDto toDto() {
        return new ShipmentDto(id, orderId, trackingNumber, shippedAt);
    }

}
