package dev.ficus.shop.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A quantity of one product. */
public record StockItem(long productId, int quantity) {

    public StockItem {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    /**
     * One item per product, quantities added up, in product order (the order stock rows
     * are locked in).
     */
    public static List<StockItem> merge(List<StockItem> items) {
        Map<Long, Integer> quantities = items.stream()
            .collect(Collectors.toMap(StockItem::productId, StockItem::quantity, Integer::sum, TreeMap::new));
        return quantities.entrySet().stream().map(entry -> new StockItem(entry.getKey(), entry.getValue())).toList();
    }
}
