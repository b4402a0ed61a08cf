package dev.ficus.shop.inventory;

import java.util.List;

/** Stock was set aside for an order. */
public record StockReserved(long orderId, List<StockItem> items) {

    public StockReserved {
        items = List.copyOf(items);
    }
}
