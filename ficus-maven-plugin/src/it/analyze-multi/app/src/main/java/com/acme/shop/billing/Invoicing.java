package com.acme.shop.billing;

import com.acme.shop.shared.Money;
import java.util.ArrayList;
import java.util.List;

public class Invoicing {

    private final List<String> lines = new ArrayList<>();

    public void invoice(String sku, Money total, int parts) {
        lines.add(sku + " x" + parts + ": " + total.cents());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
