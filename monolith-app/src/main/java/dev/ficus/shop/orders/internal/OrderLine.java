package dev.ficus.shop.orders.internal;

import dev.ficus.shop.catalog.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A product, how many of it, and the price it had when the order was placed. */
@Embeddable
record OrderLine(long productId, int quantity,
        @Embedded @AttributeOverride(name = "amount", column = @Column(name = "unit_price_amount")) @AttributeOverride(
                name = "currency", column = @Column(name = "unit_price_currency")) Money unitPrice) {

    Money lineTotal() {
        return unitPrice.times(quantity);
    }

    OrderDto.Line toDto() {
        return new OrderDto.Line(productId, quantity, unitPrice.toDto(), lineTotal().toDto());
    }
}
