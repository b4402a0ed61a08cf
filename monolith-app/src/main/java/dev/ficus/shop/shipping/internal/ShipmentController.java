package dev.ficus.shop.shipping.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/shipping}: the shipment of an order (an empty list until it ships). */
@RestController
@RequestMapping("/api/shipping")
class ShipmentController {

    private final ShippingManagement shipping;

    ShipmentController(ShippingManagement shipping) {
        this.shipping = shipping;
    }

    @GetMapping
    List<ShipmentDto> byOrder(@RequestParam long orderId) {
        return shipping.shipmentOf(orderId).stream().toList();
    }

}
