package dev.ficus.inventoryservice.stock;

import dev.ficus.shop.api.inventory.StockLevelDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stock of one product; a known product without a row has nothing on hand (as in the monolith).
 */
@Entity
@Table(name = "inventory_stock")
class Stock {

    @Id
    @Column(name = "product_id")
    private long productId;

    @Column(name = "on_hand")
    private int onHand;

    private int reserved;

    protected Stock() {
    }

    Stock(long productId) {
        this.productId = productId;
    }

    static StockLevelDto empty(long productId) {
        return new StockLevelDto(productId, 0, 0, 0);
    }

    void setOnHand(int newOnHand) {
        if (newOnHand < reserved) {
            throw new StockBelowReservedException(productId, newOnHand, reserved);
        }
        this.onHand = newOnHand;
    }

    int available() {
        return onHand - reserved;
    }

    void reserve(int quantity) {
        reserved += quantity;
    }

    void release(int quantity) {
        reserved -= quantity;
    }

    void commit(int quantity) {
        reserved -= quantity;
        onHand -= quantity;
    }

    StockLevelDto toDto() {
        return new StockLevelDto(productId, onHand, reserved, available());
    }
}
