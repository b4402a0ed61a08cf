package dev.ficus.shop.shipping.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import dev.ficus.shop.shipping.OrderShipped;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class ShippingManagementUnitTests {

    private final ShipmentRepository shipments = mock(ShipmentRepository.class);

    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

    private final ShippingManagement shipping = new ShippingManagement(shipments, events);

    @Test
    void announcesTheFirstShipmentOfAnOrder() {
        given(shipments.findByOrderId(12)).willReturn(Optional.empty());
        given(shipments.save(any(Shipment.class))).willAnswer(call -> call.getArgument(0));

        shipping.ship(12, 4);

        then(events).should().publishEvent(new OrderShipped(12, 4, "FS-TRK-00000012"));
    }

    @Test
    void shippingAnOrderAgainAnnouncesNothingSoListenersActOnce() {
        given(shipments.findByOrderId(12)).willReturn(Optional.of(new Shipment(12, 4, Instant.EPOCH)));

        shipping.ship(12, 4);

        then(events).should(never()).publishEvent(any(Object.class));
        then(shipments).should(never()).save(any(Shipment.class));
    }

}
