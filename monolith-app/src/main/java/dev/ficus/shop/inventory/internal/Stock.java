package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.StockLevelDto;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Units of one product on hand, and how many of them are promised to orders. */
@Entity
@Table(name = "inventory_stock")
class Stock {

    @Id
    private Long productId;

    private int onHand;

    private int reserved;

    protected Stock() {
    }

    Stock(long productId, int onHand, int reserved) {
        this.productId = productId;
        this.onHand = onHand;
        this.reserved = reserved;
    }

    int available() {
        return onHand - reserved;
    }

    void setOnHand(int newOnHand) {
        if (newOnHand < reserved) {
            throw new StockBelowReservedException(productId, newOnHand, reserved);
        }
        onHand = newOnHand;
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
