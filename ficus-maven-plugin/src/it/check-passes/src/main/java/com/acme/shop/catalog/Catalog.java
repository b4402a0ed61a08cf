package com.acme.shop.catalog;

import com.acme.shop.catalog.internal.PriceList;
import com.acme.shop.shared.Money;

public class Catalog {

    private final PriceList prices = new PriceList();

    public Money priceOf(String sku) {
        return prices.lookUp(sku);
    }
}
