package dev.ficus.inventoryservice.stock;

import dev.ficus.shop.api.inventory.StockLevelDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock of one product. A row exists for every product the catalog announced, so this table doubles as the
 * service's projection of known product ids.
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

    @Version
    private long version;

    protected Stock() {
    }

    Stock(long productId) {
        this.productId = productId;
    }

    void setOnHand(int newOnHand) {
        if (newOnHand < reserved) {
            throw new StockBelowReservedException(productId, newOnHand, reserved);
        }
        this.onHand = newOnHand;
    }

    StockLevelDto toDto() {
        return new StockLevelDto(productId, onHand, reserved, onHand - reserved);
    }
}
