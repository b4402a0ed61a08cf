package dev.ficus.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundaryRulesUnitTests {

    private static final Boundaries SHOP = new Boundaries(List.of(
            new Boundaries.Service("catalog", List.of("shop.catalog.Catalog", "shop.catalog.internal.**"),
                    List.of("shop.catalog.Catalog", "shop.catalog.events.*")),
            new Boundaries.Service("orders", List.of("shop.orders.OrderDesk", "shop.orders.internal.Ledger"), null)),
            new Boundaries.SharedKernel(List.of("shop.shared.*")));

    private static final Set<String> TYPES = Set.of("shop.catalog.Catalog", "shop.catalog.internal.PriceList",
            "shop.catalog.events.ProductAdded", "shop.orders.OrderDesk", "shop.orders.internal.Ledger",
            "shop.orders.Returns", "shop.shared.Money", "shop.ShopApplication");

    private final BoundaryRules rules = new BoundaryRules(SHOP, TYPES);

    @Test
    void ownsListedTypesAndTypesMatchingAPattern() {
        assertThat(rules.ownerOf("shop.catalog.Catalog")).contains("catalog");
        assertThat(rules.ownerOf("shop.catalog.internal.PriceList")).contains("catalog");
        assertThat(rules.ownerOf("shop.shared.Money")).contains(BoundaryRules.SHARED_KERNEL);
    }

    @Test
    void givesNewCodeTheServiceOfItsPackageOrTheNearestEnclosingOne() {
        assertThat(rules.ownerOf("shop.orders.Returns")).contains("orders");
        assertThat(rules.ownerOf("shop.orders.internal.Refunds")).contains("orders");
        assertThat(rules.ownerOf("shop.catalog.events.ProductAdded")).contains("catalog");
    }

    @Test
    void leavesTypesOfNoServiceUnjudged() {
        assertThat(rules.ownerOf("shop.ShopApplication")).isEmpty();
        assertThat(rules.unowned(TYPES)).containsExactly("shop.ShopApplication");
        assertThat(rules.violations(List.of(dependency("shop.ShopApplication", "shop.orders.internal.Ledger"))))
            .isEmpty();
    }

    @Test
    void allowsTheApiTheSharedKernelAndCodeWithinAService() {
        List<CodeDependency> allowed = List.of(dependency("shop.orders.OrderDesk", "shop.catalog.Catalog"),
                dependency("shop.orders.OrderDesk", "shop.catalog.events.ProductAdded"),
                dependency("shop.orders.OrderDesk", "shop.shared.Money"),
                dependency("shop.orders.Returns", "shop.orders.internal.Ledger"));

        assertThat(rules.violations(allowed)).isEmpty();
    }

    @Test
    void listsEveryUseOfAnotherServicesTypeOutsideItsApiSorted() {
        List<BoundaryViolation> violations = rules
            .violations(List.of(dependency("shop.orders.Returns", "shop.catalog.internal.PriceList"),
                    dependency("shop.catalog.Catalog", "shop.orders.OrderDesk"),
                    dependency("shop.shared.Money", "shop.orders.internal.Ledger")));

        assertThat(violations).extracting(BoundaryViolation::describe)
            .containsExactly("catalog -> orders: shop.catalog.Catalog uses shop.orders.OrderDesk (call) at A.java:3",
                    "orders -> catalog: shop.orders.Returns uses shop.catalog.internal.PriceList (call) at A.java:3",
                    "shared kernel -> orders: shop.shared.Money uses shop.orders.internal.Ledger (call) at A.java:3");
    }

    @Test
    void matchesOnePackageWithOneStarAndSubPackagesWithTwo() {
        assertThat(new TypePattern("a.b.*").matches("a.b.C")).isTrue();
        assertThat(new TypePattern("a.b.*").matches("a.b.c.D")).isFalse();
        assertThat(new TypePattern("a.b.**").matches("a.b.c.D")).isTrue();
        assertThat(new TypePattern("a.b.**").matches("a.bc.D")).isFalse();
        assertThat(new TypePattern("a.b.C").matches("a.b.CD")).isFalse();
    }

    @Test
    void countsFurtherLocationsOfACrossing() {
        CodeDependency dependency = new CodeDependency("shop.orders.Returns", "shop.catalog.internal.PriceList",
                Set.of("new", "call"), List.of("R.java:4", "R.java:9", "R.java:12"));

        assertThat(rules.violations(List.of(dependency))).extracting(BoundaryViolation::describe)
            .containsExactly(
                    "orders -> catalog: shop.orders.Returns uses shop.catalog.internal.PriceList (call, new) at R.java:4"
                            + " (+2 more)");
    }

    private static CodeDependency dependency(String source, String target) {
        return new CodeDependency(source, target, Set.of("call"), List.of("A.java:3"));
    }

}
