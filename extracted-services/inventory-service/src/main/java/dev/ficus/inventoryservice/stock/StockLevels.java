package dev.ficus.inventoryservice.stock;

import dev.ficus.inventoryservice.sync.InventoryEvents;
import dev.ficus.shop.api.inventory.StockLevelDto;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory's use cases: read and set stock, and learn about new products. */
@Service
public class StockLevels {

    private final StockRepository stock;
    private final KnownProducts knownProducts;
    private final InventoryEvents events;

    StockLevels(StockRepository stock, KnownProducts knownProducts, InventoryEvents events) {
        this.stock = stock;
        this.knownProducts = knownProducts;
        this.events = events;
    }

    /** Stock of {@code productId}, zero for a known product without stock, a 404 problem for an unknown one. */
    @Transactional(readOnly = true)
    public StockLevelDto level(long productId) {
        return stock.findById(productId).map(Stock::toDto).orElseGet(() -> {
            requireKnown(productId);
            return Stock.empty(productId);
        });
    }

    /** Sets the quantity on hand (409 problem below the reserved quantity) and records a {@code StockChanged}. */
    @Transactional
    public StockLevelDto setOnHand(long productId, int onHand) {
        Stock found = stock.findForUpdate(productId).orElseGet(() -> {
            requireKnown(productId);
            return new Stock(productId);
        });
        found.setOnHand(onHand);
        StockLevelDto level = stock.saveAndFlush(found).toDto();
        events.stockChanged(level);
        return level;
    }

    /** Starts tracking a product the catalog announced; {@code false} if it was known already. */
    @Transactional
    public boolean registerProduct(long productId) {
        return knownProducts.add(productId);
    }

    /** How many products the inventory knows. */
    @Transactional(readOnly = true)
    public long knownProductCount() {
        return knownProducts.count();
    }

    private void requireKnown(long productId) {
        if (!knownProducts.contains(productId)) {
            throw new UnknownProductException(productId);
        }
    }
}
