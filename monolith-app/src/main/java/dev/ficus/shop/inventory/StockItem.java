package dev.ficus.shop.inventory;

/** A quantity of one product. */
public record StockItem(long productId, int quantity) {

    public StockItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
