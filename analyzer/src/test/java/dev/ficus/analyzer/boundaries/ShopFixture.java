package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.function.UnaryOperator;

/**
 * A small three-module shop as a hand-built graph: orders, inventory and billing, each a
 * controller, a service, a repository and entities, plus a {@code Money} value used by
 * all three. Billing also reads the orders table.
 */
public final class ShopFixture {

    private ShopFixture() {
    }

    /** With meaningful packages {@code com.acme.shop.<module>}. */
    public static CodeGraph shop() {
        return shop(name -> "com.acme.shop." + name);
    }

    /**
     * With every type renamed by the given function, e.g. into one package with
     * meaningless names; the function receives {@code <module>.<SimpleName>}.
     */
    public static CodeGraph shop(UnaryOperator<String> rename) {
        return shop(rename, UnaryOperator.identity());
    }

    /** With the given additions to the graph. */
    public static CodeGraph shop(UnaryOperator<String> rename, UnaryOperator<CodeGraphFixture> additions) {
        CodeGraphFixture graph = CodeGraphFixture.builder();
        module(graph, rename, "orders", "Order", "/api/orders", "orders");
        module(graph, rename, "inventory", "Stock", "/api/stock/{sku}", "stock_items");
        module(graph, rename, "billing", "Invoice", "/v1/invoices", "invoices");
        String money = rename.apply("shared.Money");
        for (String user : new String[] { "orders.OrderManagement", "orders.Order", "inventory.StockManagement",
                "inventory.Stock", "billing.InvoiceManagement", "billing.Invoice" }) {
            graph.depends(rename.apply(user), money, EdgeKind.TYPE_REFERENCE, 2);
        }
        graph.calls(rename.apply("orders.OrderManagement"), rename.apply("inventory.StockManagement"), 1);
        graph.depends(rename.apply("billing.InvoiceManagement"), rename.apply("orders.Order"), EdgeKind.TYPE_REFERENCE,
                1);
        graph.table(rename.apply("billing.InvoiceRepository"), "orders");
        return additions.apply(graph).build();
    }

    private static void module(CodeGraphFixture graph, UnaryOperator<String> rename, String module, String entity,
            String path, String table) {
        String controller = rename.apply(module + "." + entity + "Controller");
        String management = rename.apply(module + "." + entity + "Management");
        String repository = rename.apply(module + "." + entity + "Repository");
        String aggregate = rename.apply(module + "." + entity);
        String line = rename.apply(module + "." + entity + "Line");
        graph.entryPoint(controller, EntryPoint.Kind.HTTP, "GET " + path)
            .entryPoint(controller, EntryPoint.Kind.HTTP, "POST " + path)
            .calls(controller, management, 3)
            .calls(management, repository, 4)
            .depends(management, aggregate, EdgeKind.INSTANTIATION, 1)
            .depends(repository, aggregate, EdgeKind.TYPE_REFERENCE, 2)
            .calls(aggregate, line, 2)
            .depends(aggregate, line, EdgeKind.INSTANTIATION, 1)
            .depends(controller, aggregate, EdgeKind.TYPE_REFERENCE, 1)
            .table(aggregate, table)
            .table(line, table.replaceAll("s$", "") + "_lines")
            .table(repository, table);
    }

}
