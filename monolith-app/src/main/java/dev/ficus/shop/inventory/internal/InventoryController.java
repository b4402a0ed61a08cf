package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.SetStockRequest;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.inventory.StockReservationRequest;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inventory/**}: stock levels and order reservations, the inventory's part of
 * the HTTP contract.
 */
@RestController
@RequestMapping("/api/inventory")
class InventoryController {

    private final InventoryManagement inventory;

    InventoryController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/{productId}")
    StockLevelDto get(@PathVariable long productId) {
        return inventory.stockLevel(productId);
    }

    @PutMapping("/{productId}")
    StockLevelDto set(@PathVariable long productId, @Valid @RequestBody SetStockRequest request) {
        return inventory.setStock(productId, request.onHand());
    }

    @PostMapping("/reservations")
    StockReservationDto reserve(@Valid @RequestBody StockReservationRequest request) {
        try {
            return inventory.reserve(request);
        }
        catch (DataIntegrityViolationException ex) {
            // An identical call for the same order inserted its lines first (the unique
            // key
            // on order and product), after this one had found none: answer its
            // reservation.
            return inventory.reservation(request.orderId()).orElseThrow(() -> ex);
        }
    }

    @GetMapping("/reservations/{orderId}")
    StockReservationDto reservation(@PathVariable long orderId) {
        return inventory.reservation(orderId).orElseThrow(() -> new ReservationNotFoundException(orderId));
    }

    @PostMapping("/reservations/{orderId}/commit")
    StockReservationDto commit(@PathVariable long orderId) {
        return inventory.settle(orderId, StockReservationDto.COMMITTED);
    }

    @PostMapping("/reservations/{orderId}/release")
    StockReservationDto release(@PathVariable long orderId) {
        return inventory.settle(orderId, StockReservationDto.RELEASED);
    }

}
