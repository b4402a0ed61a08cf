package dev.ficus.shop.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.shipping.internal.ShippingManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** Shipping on its own: one shipment per order, announced with its tracking number. */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class ShippingIntegrationTests {

    @Autowired
    private ShippingManagement shipping;

    @Test
    void announcesTheShipmentOfAnOrder(Scenario scenario) {
        scenario.stimulate(() -> shipping.ship(12, 4))
            .andWaitForEventOfType(OrderShipped.class)
            .toArriveAndVerify(event -> {
                assertThat(event).isEqualTo(new OrderShipped(12, 4, "FS-TRK-00000012"));
                assertThat(shipping.shipmentOf(12))
                    .hasValueSatisfying(shipment -> assertThat(shipment.trackingNumber()).isEqualTo("FS-TRK-00000012"));
            });
    }

    @Test
    void shipsAnOrderOnlyOnce() {
        shipping.ship(13, 4);
        long first = shipping.shipmentOf(13).orElseThrow().id();

        shipping.ship(13, 4);

        assertThat(shipping.shipmentOf(13).orElseThrow().id()).isEqualTo(first);
    }

}
