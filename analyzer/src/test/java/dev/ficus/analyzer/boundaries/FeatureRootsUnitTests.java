package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import org.junit.jupiter.api.Test;

class FeatureRootsUnitTests {

    @Test
    void takesTheChildrenOfAPackageOfLayeredFeaturesForTheFeatures() {
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "loan", "savings", "client" }) {
            String api = "bank.portfolio." + feature + ".api." + feature + "Resource";
            graph.entryPoint(api, EntryPoint.Kind.HTTP, "GET /" + feature)
                .type("bank.portfolio." + feature + ".service." + feature + "Service")
                .table("bank.portfolio." + feature + ".domain." + feature + "Repository", feature);
        }
        for (String type : new String[] { "GlAccount", "JournalEntry", "AccountingService", "ClosureService",
                "AccountingRule", "TrialBalance", "Provisioning", "FinancialActivity", "GlClosure", "JournalLine" }) {
            graph.type("bank.accounting." + type);
        }
        CodeGraph code = graph.type("bank.Application").build();

        FeatureRoots roots = new FeatureRoots(code);

        assertThat(roots.depthOf("bank.portfolio.loan.api")).isEqualTo(2);
        assertThat(roots.depthOf("bank.portfolio.savings.domain")).isEqualTo(2);
        assertThat(roots.depthOf("bank.accounting")).isEqualTo(1);
    }

    @Test
    void keepsAPackageWhoseLayeredChildrenNeitherAnswerRequestsNorKeepTablesOneFeature() {
        // a framework's starters: each has its core and config, and none does any work
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String starter : new String[] { "cache", "tenant", "security" }) {
            graph.type("shop.framework." + starter + ".core." + starter + "Support")
                .type("shop.framework." + starter + ".config." + starter + "Configuration")
                .entryPoint("shop.framework." + starter + ".core." + starter + "Listener", EntryPoint.Kind.LISTENER,
                        "event " + starter);
        }
        for (String type : new String[] { "Order", "OrderService", "OrderRepository", "OrderLine", "OrderView",
                "OrderMapper", "OrderEvents", "OrderStatus", "OrderTotals", "OrderNumber" }) {
            graph.type("shop.orders." + type);
        }
        CodeGraph code = graph.entryPoint("shop.orders.OrderController", EntryPoint.Kind.HTTP, "GET /orders").build();

        FeatureRoots roots = new FeatureRoots(code);

        assertThat(roots.depthOf("shop.framework.cache.core")).isEqualTo(1);
    }

    @Test
    void keepsTheFeatureFoldersOfAWebTierInCodePackagedByLayerOutOfTheFeatures() {
        // their tables are kept by the repository layer, not below them
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "order", "cart", "user" }) {
            graph
                .entryPoint("shop.web." + feature + ".controller." + feature + "Controller", EntryPoint.Kind.HTTP,
                        "GET /" + feature)
                .type("shop.web." + feature + ".dto." + feature + "Form")
                .type("shop.service." + feature + "Service")
                .table("shop.repository." + feature + "Repository", feature);
        }
        CodeGraph code = graph.type("shop.domain.Order").type("shop.domain.Cart").type("shop.domain.User").build();

        assertThat(new FeatureRoots(code).depthOf("shop.web.order.controller")).isEqualTo(1);
    }

    @Test
    void keepsAPackageWithFewerThanThreeLayeredFeaturesOneFeature() {
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String part : new String[] { "cart", "checkout" }) {
            graph
                .entryPoint("shop.orders." + part + ".web." + part + "Controller", EntryPoint.Kind.HTTP, "GET /" + part)
                .type("shop.orders." + part + ".service." + part + "Service");
        }
        for (String type : new String[] { "Product", "ProductService", "ProductRepository", "Price" }) {
            graph.type("shop.catalog." + type);
        }
        CodeGraph code = graph.build();

        assertThat(new FeatureRoots(code).depthOf("shop.orders.cart.web")).isEqualTo(1);
    }

}
