package com.acme.shop.orders;

import com.acme.shop.catalog.Catalog;
import com.acme.shop.catalog.internal.PriceList;

public class OrderDesk {

    private final Catalog catalog = new Catalog();

    public long place(String sku) {
        long listed = catalog.priceOf(sku);
        long direct = new PriceList().lookUp(sku);
        return Math.min(listed, direct);
    }
}
