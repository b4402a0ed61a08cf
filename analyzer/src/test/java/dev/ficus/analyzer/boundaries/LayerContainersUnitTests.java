package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.work.Progress;
import org.junit.jupiter.api.Test;

class LayerContainersUnitTests {

    private final BoundarySuggester suggester = BoundarySuggester.of(BoundaryOptions.defaults());

    @Test
    void takesAPackageOfLayersForALayerNotAFeature() {
        // the web tier lives in shop.store.{api,facade,model}: each endpoint goes with
        // the service it calls, not with the other endpoints
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "Customer", "Order", "Product" }) {
            String api = "shop.store.api." + feature.toLowerCase() + "." + feature + "Api";
            String facade = "shop.store.facade." + feature + "Facade";
            String service = "shop." + feature.toLowerCase() + "." + feature + "Service";
            String entity = "shop." + feature.toLowerCase() + "." + feature;
            graph.entryPoint(api, EntryPoint.Kind.HTTP, "GET /" + feature.toLowerCase() + "s")
                .calls(api, facade, 1)
                .calls(facade, service, 20)
                .depends(facade, "shop.store.model." + feature.toLowerCase() + "." + feature + "View",
                        EdgeKind.INSTANTIATION, 1)
                .depends(service, entity, EdgeKind.INSTANTIATION, 2)
                .calls(service, "shop." + feature.toLowerCase() + "." + feature + "Repository", 3)
                .table("shop." + feature.toLowerCase() + "." + feature + "Repository", feature.toLowerCase());
        }
        CodeGraph code = graph
            .depends("shop.store.facade.OrderFacade", "shop.store.model.customer.CustomerView", EdgeKind.TYPE_REFERENCE,
                    1)
            .depends("shop.store.facade.ProductFacade", "shop.store.model.order.OrderView", EdgeKind.TYPE_REFERENCE, 1)
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).as(decomposition.partition().toString())
            .extracting(CandidateService::name)
            .containsExactlyInAnyOrder("customer", "order", "product");
    }

    @Test
    void holdsLayersWhenMostOfAPackagesTypesSitInLayerSubPackages() {
        CodeGraph code = CodeGraphFixture.builder()
            .type("shop.store.api.order.OrderApi")
            .type("shop.store.controller.order.OrderPage")
            .type("shop.store.security.Login")
            .type("shop.orders.web.OrderController")
            .type("shop.orders.Order")
            .type("shop.orders.OrderService")
            .type("shop.pathfinder.api.GraphTraversal")
            .type("shop.pathfinder.api.TransitPath")
            .type("shop.pathfinder.internal.GraphDao")
            .build();

        LayerContainers containers = new LayerContainers(code);

        assertThat(containers.holdsLayers("shop.store")).isTrue();
        assertThat(containers.holdsLayers("shop.orders")).isFalse();
        assertThat(containers.holdsLayers("shop.pathfinder")).isFalse();
    }

    @Test
    void keepsAPackageThatIsItsWholeModuleAFeature() {
        // the mobile app's module: its layers are the module's, whose boundary is the
        // team's own
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("shop-wx", "shop.wx.web.WxOrderController")
            .typeIn("shop-wx", "shop.wx.service.WxOrderService")
            .typeIn("shop-wx", "shop.wx.WxApplication")
            .typeIn("shop-db", "shop.db.Order")
            .build();

        assertThat(new LayerContainers(code).holdsLayers("shop.wx")).isFalse();
    }

}
