package dev.ficus.bench.change;

import java.util.List;
import java.util.Map;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocument.DependencyInfo;
import dev.ficus.analyzer.document.AnalysisDocument.Evidence;
import dev.ficus.analyzer.document.AnalysisDocument.Service;
import dev.ficus.analyzer.document.AnalysisDocument.ServiceFigures;
import dev.ficus.analyzer.document.AnalysisDocument.TypeInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeReachUnitTests {

    /**
     * inventory's Stock is used by orders and shipping, its StockRow by nobody outside;
     * orders' Order uses the shared kernel's Money, which is no candidate.
     */
    static final AnalysisDocument SHOP = document(
            List.of(service("inventory", "shop.inventory.Stock", "shop.inventory.StockRow"),
                    service("orders", "shop.orders.Order"), service("shipping", "shop.shipping.Parcel")),
            List.of(type("shop.inventory.Stock", 40, "inventory"), type("shop.inventory.StockRow", 20, "inventory"),
                    type("shop.orders.Order", 30, "orders"), type("shop.shipping.Parcel", 10, "shipping"),
                    type("shop.Money", 5, AnalysisDocument.SHARED_KERNEL)),
            List.of(edge("shop.orders.Order", "shop.inventory.Stock"),
                    edge("shop.shipping.Parcel", "shop.inventory.Stock"),
                    edge("shop.inventory.StockRow", "shop.inventory.Stock"), edge("shop.orders.Order", "shop.Money"),
                    edge("shop.Money", "shop.orders.Order")));

    @Test
    void countsTheOtherCandidatesThatDependOnACandidatesTypes() {
        ChangeReach inventory = ChangeReach.of(SHOP).get(0);

        assertThat(inventory.candidate()).isEqualTo("inventory");
        assertThat(inventory.types()).isEqualTo(2);
        assertThat(inventory.loc()).isEqualTo(60);
        assertThat(inventory.usedTypes()).isEqualTo(1);
        assertThat(inventory.dependents()).containsExactly("orders", "shipping");
        assertThat(inventory.meanReach()).isEqualTo(1.0);
        assertThat(inventory.localShare()).isEqualTo(0.5);
        assertThat(inventory.candidates()).isEqualTo(3);
    }

    @Test
    void edgesFromTheSharedKernelAndInsideACandidateReachNoCandidate() {
        List<ChangeReach> reach = ChangeReach.of(SHOP);

        assertThat(reach).extracting(ChangeReach::candidate).containsExactly("inventory", "orders", "shipping");
        assertThat(reach.get(1).dependents()).isEmpty();
        assertThat(reach.get(1).localShare()).isEqualTo(1.0);
        assertThat(reach.get(2).meanReach()).isZero();
    }

    static AnalysisDocument document(List<Service> services, List<TypeInfo> types, List<DependencyInfo> edges) {
        return new AnalysisDocument(AnalysisDocument.SCHEMA_VERSION,
                new AnalysisDocument.Input("shop", List.of("src/main/java")),
                new AnalysisDocument.Stats(types.size(), 100, types.size(), edges.size(), 0, 0.0, 1, 1),
                new AnalysisDocument.Resolution(1.0, null), new AnalysisDocument.Metrics(0, 0, 0, 0, 0, 0), services,
                new AnalysisDocument.SharedKernel(List.of("shop.Money"), "values"),
                new AnalysisDocument.SharedKernel(List.of(), "none"), List.of(), types, edges, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Service service(String name, String... types) {
        return new Service(name, List.of(types), List.of(), List.of(),
                new ServiceFigures(types.length, 0, 0, 0, 0, 0, 0));
    }

    private static TypeInfo type(String name, int loc, String group) {
        return new TypeInfo(name, name.replace('.', '/') + ".java", "class", loc, group,
                new Evidence(0, List.of(), List.of(), List.of()));
    }

    private static DependencyInfo edge(String source, String target) {
        return new DependencyInfo(source, target, 1.0, Map.of("call", 1));
    }

}
