package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LibraryClustersUnitTests {

    private final CodeGraph code = CodeGraphFixture.builder()
        .entryPoint("orders.OrderController", EntryPoint.Kind.HTTP, "POST /orders")
        .table("orders.Order", "orders")
        .calls("orders.OrderController", "orders.Order", 2)
        .entryPoint("stock.StockController", EntryPoint.Kind.HTTP, "GET /stock")
        .table("stock.Stock", "stock")
        .calls("stock.StockController", "stock.Stock", 2)
        // an HTTP toolkit both services call
        .calls("orders.OrderController", "remote.Http", 3)
        .calls("stock.StockController", "remote.Http", 1)
        .calls("remote.Http", "remote.Retry", 2)
        // a formatter only orders calls
        .calls("orders.Order", "format.Money", 1)
        // a calculator nothing reaches
        .type("calc.Calculator")
        // a cart without tables or entry points of its own, but using the stock
        .calls("cart.Cart", "cart.CartItem", 4)
        .calls("cart.CartItem", "stock.Stock", 1)
        .calls("orders.OrderController", "cart.Cart", 1)
        // a generated mapper and entity of a table no code outside them uses
        .table("audit.AuditMapper", "audit_log")
        .table("audit.AuditEntry", "audit_log")
        .calls("audit.AuditMapper", "audit.AuditEntry", 3)
        .build();

    @Test
    void sendsALibrarySeveralClustersCallAndCodeNothingReachesToThePlatform() {
        List<SortedSet<String>> clusters = clusters();

        assertThat(libraries().moveOut(clusters)).containsExactly("audit.AuditEntry", "audit.AuditMapper",
                "calc.Calculator", "remote.Http", "remote.Retry");
        assertThat(clusters)
            .noneMatch(cluster -> cluster.contains("remote.Http") || cluster.contains("calc.Calculator"));
    }

    @Test
    void givesALibraryWithOneUserToThatUserAndKeepsClustersThatUseOthers() {
        List<SortedSet<String>> clusters = clusters();

        libraries().moveOut(clusters);

        assertThat(clusters).containsExactlyInAnyOrder(set("format.Money", "orders.Order", "orders.OrderController"),
                set("stock.Stock", "stock.StockController"), set("cart.Cart", "cart.CartItem"));
    }

    private LibraryClusters libraries() {
        return new LibraryClusters(code,
                new ServiceClustering(code, code.types().keySet(), TypeUnits.of(code), DeployableModules.of(code), 1));
    }

    private static List<SortedSet<String>> clusters() {
        return new ArrayList<>(
                List.of(set("orders.Order", "orders.OrderController"), set("stock.Stock", "stock.StockController"),
                        set("remote.Http", "remote.Retry"), set("format.Money"), set("calc.Calculator"),
                        set("cart.Cart", "cart.CartItem"), set("audit.AuditEntry", "audit.AuditMapper")));
    }

    private static SortedSet<String> set(String... types) {
        return new TreeSet<>(List.of(types));
    }

}
