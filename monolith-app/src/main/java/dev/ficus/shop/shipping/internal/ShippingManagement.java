package dev.ficus.shop.shipping.internal;

import dev.ficus.shop.shipping.Shipping;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates one shipment per order and announces it once. */
@Service
@Transactional
public class ShippingManagement implements Shipping {

    private final ShipmentRepository shipments;

    private final ApplicationEventPublisher events;

    ShippingManagement(ShipmentRepository shipments, ApplicationEventPublisher events) {
        this.shipments = shipments;
        this.events = events;
    }

    @Override
    public void ship(long orderId, long customerId) {
        if (shipments.findByOrderId(orderId).isPresent()) {
            return;
        }
        Shipment shipment = shipments.save(new Shipment(orderId, customerId, Instant.now()));
        events.publishEvent(shipment.toEvent());
    }

    @Transactional(readOnly = true)
    public Optional<ShipmentDto> shipmentOf(long orderId) {
        return shipments.findByOrderId(orderId).map(Shipment::toDto);
    }

}
