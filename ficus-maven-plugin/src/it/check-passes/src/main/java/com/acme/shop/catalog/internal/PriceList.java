package com.acme.shop.catalog.internal;

import com.acme.shop.shared.Money;

public class PriceList {

    public Money lookUp(String sku) {
        return new Money(sku.length() * 100L);
    }
}
