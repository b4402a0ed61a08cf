package dev.ficus.inventoryservice.stock;

import dev.ficus.inventoryservice.sync.InventoryEvents;
import dev.ficus.shop.api.inventory.StockLevelDto;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory's use cases: read and set stock, and learn about new products. */
@Service
public class StockLevels {

    private final StockRepository stock;
    private final InventoryEvents events;

    StockLevels(StockRepository stock, InventoryEvents events) {
        this.stock = stock;
        this.events = events;
    }

    /** Stock of {@code productId}, or a 404 problem for a product the catalog never announced. */
    @Transactional(readOnly = true)
    public StockLevelDto level(long productId) {
        return find(productId).toDto();
    }

    /** Sets the quantity on hand (409 problem below the reserved quantity) and records a {@code StockChanged}. */
    @Transactional
    public StockLevelDto setOnHand(long productId, int onHand) {
        Stock found = find(productId);
        found.setOnHand(onHand);
        StockLevelDto level = stock.saveAndFlush(found).toDto();
        events.stockChanged(level);
        return level;
    }

    /** Starts tracking a product the catalog announced, with nothing on hand; {@code false} if already known. */
    @Transactional
    public boolean registerProduct(long productId) {
        if (stock.existsById(productId)) {
            return false;
        }
        stock.save(new Stock(productId));
        return true;
    }

    /** How many products are tracked. */
    @Transactional(readOnly = true)
    public long productCount() {
        return stock.count();
    }

    private Stock find(long productId) {
        return stock.findById(productId).orElseThrow(() -> new UnknownProductException(productId));
    }
}
