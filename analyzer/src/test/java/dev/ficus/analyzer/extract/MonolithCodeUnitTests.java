package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.plan.CalledType;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.EventType;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.RemoteOperation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The monolith's code as extract knows it: from the plan's facts alone, with no source
 * anywhere, the client replacing an interface, the event types and the transactions that
 * span candidates.
 */
class MonolithCodeUnitTests {

    private static final String INVENTORY = "shop.inventory.Inventory";

    private static final CalledType INVENTORY_INTERFACE = new CalledType(INVENTORY, "interface",
            List.of("shop.inventory.*", "java.util.Optional"),
            List.of(new CalledType.Method("find", "Optional<StockItem>",
                    List.of(new RemoteOperation.Field("productId", "long")), List.of()),
                    new CalledType.Method("reserve", "void",
                            List.of(new RemoteOperation.Field("productId", "long"),
                                    new RemoteOperation.Field("quantity", "int")),
                            List.of())),
            List.of(), false, List.of());

    private static final CalledType CATALOG_CLASS = new CalledType("shop.catalog.CatalogService", "class",
            List.of("shop.catalog.*", "shop.shared.Money"), List.of(), List.of(), false, List.of());

    private static final CalledType ORDER_CLASS = new CalledType("shop.orders.OrderService", "class",
            List.of("shop.orders.*"),
            List.of(new CalledType.Method("place", "Order", List.of(new RemoteOperation.Field("productId", "long")),
                    List.of()), new CalledType.Method("cancel", "void", List.of(), List.of())),
            List.of(), true, List.of("OrderRepository", "long", "boolean"));

    private static final CalledType USER_MAPPER = new CalledType("shop.users.UserMapper", "interface",
            List.of("shop.users.*", "com.baomidou.mybatisplus.core.mapper.BaseMapper"),
            List.of(new CalledType.Method("byName", "User", List.of(new RemoteOperation.Field("name", "String")),
                    List.of())),
            List.of("BaseMapper<User>"), false, List.of());

    private final MonolithCode code = new MonolithCode(new MigrationPlan(MigrationPlan.SCHEMA_VERSION, "gone",
            List.of(), List.of(CATALOG_CLASS, INVENTORY_INTERFACE, USER_MAPPER, ORDER_CLASS),
            List.of(new EventType("shop.a.Duplicate", false), new EventType("shop.b.Duplicate", false),
                    new EventType("shop.orders.OrderPlaced", true))));

    @Test
    void writesTheClientOfAnInterfaceFromThePlanAlone() {
        JavaInterface contract = code.javaInterface(INVENTORY).orElseThrow();
        RemoteOperation find = new RemoteOperation("GET", "/internal/inventory/find", "find", INVENTORY, "find",
                List.of(new RemoteOperation.Field("productId", "long")), "Optional<StockItem>", List.of(),
                List.of("src/main/java/shop/orders/Orders.java:12"));

        String client = HttpAdapters.client("shop.inventory.internal.remote", "RemoteInventory", "Inventory over HTTP.",
                contract, "InventoryServiceCalls", List.of(find));

        assertThat(client).contains("import java.util.Optional;\n", "import shop.inventory.*;\n",
                "import shop.inventory.Inventory;\n", "class RemoteInventory implements Inventory {",
                "    public Optional<StockItem> find(long productId) {\n",
                ".uri(uri -> uri.path(\"/internal/inventory/find\").queryParam(\"productId\", productId).build())",
                "    public void reserve(long productId, int quantity) {\n",
                "throw new UnsupportedOperationException(\"Inventory.reserve is not called across the boundary");
    }

    @Test
    void writesTheClientOfAClassAsASubclassCallingItsConstructorWithNothing() {
        JavaInterface contract = code.javaInterface(ORDER_CLASS.type()).orElseThrow();
        RemoteOperation place = new RemoteOperation("POST", "/internal/orders/place", "place", ORDER_CLASS.type(),
                "place", List.of(new RemoteOperation.Field("productId", "long")), "Order", List.of(), List.of());

        String client = HttpAdapters.client("shop.orders.internal.remote", "RemoteOrderService", "Orders over HTTP.",
                contract, "OrdersServiceCalls", List.of(place));

        assertThat(client).contains("class RemoteOrderService extends OrderService {",
                "    RemoteOrderService(OrdersServiceCalls calls) {\n"
                        + "        super((OrderRepository) null, (long) 0, false);\n        this.calls = calls;\n",
                "    @Override\n    public Order place(long productId) {\n        return calls.write(",
                "throw new UnsupportedOperationException(\"OrderService.cancel is not called across the boundary");
    }

    @Test
    void knowsAClassNoSubclassCanStandInForButImportsWhatItsSignaturesUse() {
        assertThat(code.javaInterface(CATALOG_CLASS.type())).isEmpty();
        assertThat(code.importsFor(CATALOG_CLASS.type())).containsExactly("shop.catalog.*", "shop.shared.Money");
        assertThat(code.importsFor("shop.unknown.Thing")).containsExactly("shop.unknown.*");
        assertThat(code.whyNoClient(CATALOG_CLASS.type()))
            .isEqualTo("is a class no generated subclass can stand in for (see docs/ficus-extract.md)");
        assertThat(code.whyNoClient("shop.unknown.Thing")).isEqualTo("is no interface of the analysed sources");
    }

    @Test
    void writesNoClientForAnInterfaceExtendingOneTheSourcesDoNotDeclare() {
        assertThat(code.javaInterface(USER_MAPPER.type())).isEmpty();
        assertThat(code.whyNoClient(USER_MAPPER.type()))
            .isEqualTo("extends `BaseMapper<User>` (not declared in the analysed sources), so a client cannot"
                    + " implement its methods");
    }

    @Test
    void namesAnEventOnlyWhenOneTypeHasItsName() {
        assertThat(code.qualifiedEvent("OrderPlaced")).contains("shop.orders.OrderPlaced");
        assertThat(code.qualifiedEvent("Duplicate")).isEmpty();
        assertThat(code.qualifiedEvent("Unknown")).isEmpty();
        assertThat(code.hasEventId("shop.orders.OrderPlaced")).isTrue();
        assertThat(code.hasEventId("shop.a.Duplicate")).isFalse();
    }

    @Test
    void namesTheWritingTransactionsThePlanMarksAndNoOther() {
        CrossingCall inTransaction = call("shop.fines.FineService", "place");
        CrossingCall outside = call("shop.fines.FineService", "");
        CrossingCall onEntity = call("shop.members.Member", "place");

        List<String> notes = new SpanningTransactions(List.of(inTransaction, outside, onEntity),
                Set.of("shop.members.Member"))
            .notes();

        assertThat(notes).singleElement()
            .asString()
            .startsWith("`LoanService.place` (loans) calls `FineService.charge` (fines) inside one transaction");
    }

    @Test
    void namesTheSpanningCallsBetweenTwoCandidatesInOneNote() {
        CrossingCall place = call("shop.fines.FineService", "place");
        CrossingCall renew = call("shop.fines.FineService", "renew");
        CrossingCall again = call("shop.fines.FineService", "renew");

        List<String> notes = new SpanningTransactions(List.of(place, renew, again), Set.of()).notes();

        assertThat(notes).singleElement()
            .asString()
            .startsWith("`LoanService.place` (loans) calls `FineService.charge` (fines) inside one transaction (so do 1"
                    + " more call from loans into fines: `LoanService.renew` calls `FineService.charge`): once loans"
                    + " and fines are apart,");
    }

    @Test
    void namesTheSharedKernelAsTheCallerOfASpanningCall() {
        CrossingCall fromKernel = new CrossingCall("shop.kernel.Audit", "shared kernel", "shop.fines.FineService",
                "fines", "charge", 1, "src/main/java/shop/kernel/Audit.java:9", true, List.of(), "record");

        List<String> notes = new SpanningTransactions(List.of(fromKernel, fromKernel), Set.of()).notes();

        assertThat(notes).singleElement()
            .asString()
            .startsWith("`Audit.record` (shared kernel) calls `FineService.charge` (fines) inside one transaction: once"
                    + " shared kernel and fines are apart,");
    }

    private static CrossingCall call(String callee, String transactionalMethod) {
        return new CrossingCall("shop.loans.LoanService", "loans", callee, "fines", "charge", 1,
                "src/main/java/shop/loans/LoanService.java:20", true, List.of(), transactionalMethod);
    }

}
