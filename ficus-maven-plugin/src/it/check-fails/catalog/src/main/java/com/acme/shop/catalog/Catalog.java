package com.acme.shop.catalog;

import com.acme.shop.catalog.internal.PriceList;

public class Catalog {

    private final PriceList prices = new PriceList();

    public long priceOf(String sku) {
        return prices.lookUp(sku);
    }
}
