package dev.ficus.inventoryservice.stock;

import dev.ficus.shop.api.inventory.SetStockRequest;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.inventory.StockReservationRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inventory/**}: stock levels and order reservations, the same HTTP contract as the monolith's inventory module. */
@RestController
@RequestMapping("/api/inventory")
class StockController {

    private final StockLevels stockLevels;

    StockController(StockLevels stockLevels) {
        this.stockLevels = stockLevels;
    }

    @GetMapping("/{productId}")
    StockLevelDto level(@PathVariable long productId) {
        return stockLevels.level(productId);
    }

    @PutMapping("/{productId}")
    StockLevelDto set(@PathVariable long productId, @Valid @RequestBody SetStockRequest request) {
        return stockLevels.setOnHand(productId, request.onHand());
    }

    @PostMapping("/reservations")
    StockReservationDto reserve(@Valid @RequestBody StockReservationRequest request) {
        return stockLevels.reserve(request);
    }

    @GetMapping("/reservations/{orderId}")
    StockReservationDto reservation(@PathVariable long orderId) {
        return stockLevels.reservation(orderId);
    }

    @PostMapping("/reservations/{orderId}/commit")
    StockReservationDto commit(@PathVariable long orderId) {
        return stockLevels.commit(orderId);
    }

    @PostMapping("/reservations/{orderId}/release")
    StockReservationDto release(@PathVariable long orderId) {
        return stockLevels.release(orderId);
    }
}
