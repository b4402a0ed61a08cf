package com.acme.shop.orders;

import com.acme.shop.billing.Invoicing;
import com.acme.shop.catalog.Catalog;
import com.acme.shop.shared.Money;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

public class OrderDesk {

    private final Catalog catalog;
    private final Invoicing invoicing;

    public OrderDesk(Catalog catalog, Invoicing invoicing) {
        this.catalog = catalog;
        this.invoicing = invoicing;
    }

    public Money place(String sku, int quantity) {
        Money total = new Money(0);
        for (int i = 0; i < quantity; i++) {
            total = total.plus(catalog.priceOf(sku));
        }
        int parts = catalog.bundles().partsOf(sku).size();
        invoicing.invoice(sku, total, parts);
        return total;
    }

    /** Resolving invoice() needs jgrapht's Graph.vertexSet(): a jar app gets only through core. */
    public void invoiceEveryDesk(Graph<Invoicing, DefaultEdge> desks) {
        desks.vertexSet().forEach(desk -> desk.invoice("all", new Money(0), 0));
    }
}
