package com.acme.shop.orders;

import com.acme.shop.catalog.Catalog;
import com.acme.shop.shared.Money;

public class OrderDesk {

    private final Catalog catalog = new Catalog();

    public Money place(String sku) {
        return catalog.priceOf(sku);
    }
}
