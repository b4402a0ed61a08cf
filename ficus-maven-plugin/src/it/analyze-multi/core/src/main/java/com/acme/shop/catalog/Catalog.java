package com.acme.shop.catalog;

import com.acme.shop.shared.Money;
import java.util.HashMap;
import java.util.Map;

public class Catalog {

    private final Map<String, Money> prices = new HashMap<>();
    private final Bundles bundles = new Bundles();

    public Money priceOf(String sku) {
        return prices.getOrDefault(sku, new Money(0));
    }

    public void price(String sku, Money price) {
        prices.put(sku, price);
    }

    public Bundles bundles() {
        return bundles;
    }
}
