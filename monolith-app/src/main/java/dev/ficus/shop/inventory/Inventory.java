package dev.ficus.shop.inventory;

import java.util.List;

/**
 * What the order process may do with stock, synchronously and inside the caller's
 * transaction.
 */
public interface Inventory {

    /**
     * Reserves every item for the order, all or nothing.
     * @throws InsufficientStockException when any product has fewer units available than
     * asked for
     */
    void reserve(long orderId, List<StockItem> items);

    /**
     * Takes the order's reserved units out of stock for good (the goods left the
     * warehouse).
     */
    void commit(long orderId);

    /** Gives the order's reserved units back to what is available. */
    void release(long orderId);

}
