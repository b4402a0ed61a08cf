package dev.ficus.shop.api.inventory;

/**
 * Stock of one product as {@code GET /api/inventory/{productId}} returns it:
 * {@code available = onHand - reserved}.
 */
public record StockLevelDto(long productId, int onHand, int reserved, int available) {
}
