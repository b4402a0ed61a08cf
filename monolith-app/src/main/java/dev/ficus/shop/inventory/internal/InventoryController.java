package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.SetStockRequest;
import dev.ficus.shop.api.inventory.StockLevelDto;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/inventory/{productId}}: the inventory's part of the HTTP contract. */
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
}
