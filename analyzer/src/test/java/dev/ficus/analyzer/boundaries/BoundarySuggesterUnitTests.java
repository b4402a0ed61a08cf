package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.work.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BoundarySuggesterUnitTests {

    private final BoundarySuggester suggester = BoundarySuggester.of(BoundaryOptions.defaults());

    @Test
    void findsTheThreeModulesAndNamesThemAfterTheirPackages() {
        Decomposition decomposition = suggester.suggest(ShopFixture.shop(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
        assertThat(decomposition.services().get(2).types()).containsExactly("com.acme.shop.orders.Order",
                "com.acme.shop.orders.OrderController", "com.acme.shop.orders.OrderLine",
                "com.acme.shop.orders.OrderManagement", "com.acme.shop.orders.OrderRepository");
    }

    @Test
    void setsTheValueUsedByEveryModuleAsideAsSharedKernel() {
        Decomposition decomposition = suggester.suggest(ShopFixture.shop(), Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).containsExactly("com.acme.shop.shared.Money");
        assertThat(decomposition.sharedKernel().reason()).contains("used from at least 3 parts");
    }

    @Test
    void leavesTheValueOfALibraryModuleToThePlatformNotTheSharedKernel() {
        CodeGraphFixture graph = CodeGraphFixture.builder()
            .typeIn("shop", "com.acme.shop.ShopApplication")
            .entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .typeIn("common", "com.acme.common.Money");
        for (String feature : List.of("orders", "billing", "inventory")) {
            String root = "com.acme.shop." + feature + ".";
            feature(graph, "shop", root, feature).calls(root + "Controller", "com.acme.common.Money", 2);
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).isEmpty();
        assertThat(decomposition.platform().types()).contains("com.acme.common.Money");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
    }

    @Test
    void keepsALibraryModulesInterfacesInThePlatformAndABusinessImplementationInItsService() {
        // RuoYi-Vue-Plus: ruoyi-common-core's UserService, which its translation helpers
        // call and ruoyi-system implements; ruoyi-common-excel's ExcelListener with its
        // default implementation
        String common = "com.acme.common.";
        CodeGraphFixture graph = CodeGraphFixture.builder()
            .typeIn("shop", "com.acme.shop.ShopApplication")
            .entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .typeIn("common", common + "UserLookup", TypeNode.Kind.INTERFACE)
            .typeIn("common", common + "UserNameTranslator")
            .calls(common + "UserNameTranslator", common + "UserLookup", 2)
            .typeIn("common", common + "ExcelListener", TypeNode.Kind.INTERFACE)
            .typeIn("common", common + "DefaultExcelListener")
            .depends(common + "DefaultExcelListener", common + "ExcelListener", EdgeKind.INHERITANCE, 1);
        for (String feature : List.of("orders", "billing", "inventory")) {
            String root = "com.acme.shop." + feature + ".";
            feature(graph, "shop", root, feature);
        }
        graph.typeIn("shop", "com.acme.shop.orders.OrderUserLookup")
            .depends("com.acme.shop.orders.OrderUserLookup", common + "UserLookup", EdgeKind.INHERITANCE, 1)
            .calls("com.acme.shop.orders.OrderUserLookup", "com.acme.shop.orders.Repository", 2)
            .calls("com.acme.shop.billing.Controller", common + "DefaultExcelListener", 3)
            .calls("com.acme.shop.billing.Controller", common + "ExcelListener", 3);

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.platform().types()).contains(common + "UserLookup", common + "UserNameTranslator",
                common + "ExcelListener", common + "DefaultExcelListener");
        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("orders"))
            .singleElement()
            .satisfies(orders -> assertThat(orders.types()).contains("com.acme.shop.orders.OrderUserLookup"));
    }

    @Test
    void leavesTheImplementationOfALibraryPortThatEveryServiceCallsOutOfTheKernel() {
        // the kernel is found before the library's ports are known: a port every service
        // calls took its implementation, which uses nothing, into the kernel with it
        String port = "com.acme.common.UserLookup";
        String implementation = "com.acme.shop.users.UserLookupImpl";
        CodeGraphFixture graph = CodeGraphFixture.builder()
            .typeIn("shop", "com.acme.shop.ShopApplication")
            .entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .typeIn("common", port, TypeNode.Kind.INTERFACE)
            .typeIn("shop", implementation)
            .depends(implementation, port, EdgeKind.INHERITANCE, 1);
        for (String feature : List.of("orders", "billing", "inventory", "users")) {
            String root = "com.acme.shop." + feature + ".";
            feature(graph, "shop", root, feature).calls(root + "Controller", port, 2);
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).isEmpty();
        assertThat(decomposition.platform().types()).contains(port).doesNotContain(implementation);
        assertThat(decomposition.services()).flatExtracting(CandidateService::types).contains(implementation);
    }

    @Test
    void givesAModulesConfigurationThatReferencesNoCandidateToTheOneCandidateOfItsModule() {
        CodeGraphFixture graph = CodeGraphFixture.builder()
            .typeIn("server", "com.acme.ShopApplication")
            .entryPoint("com.acme.ShopApplication", EntryPoint.Kind.MAIN, "main");
        for (String feature : List.of("orders", "billing", "inventory")) {
            String root = "com.acme." + feature + ".";
            feature(graph, feature, root, feature).typeIn(feature, root + "config.WebConfiguration",
                    TypeNode.Kind.CLASS, "Configuration");
        }
        // the application's module holds a feature of its own and the
        // plumbing that wires every candidate the application runs
        feature(graph, "server", "com.acme.home.", "home");
        graph.typeIn("server", "com.acme.server.SecurityConfiguration", TypeNode.Kind.CLASS, "Configuration")
            .typeIn("server", "com.acme.server.ErrorAdvice", TypeNode.Kind.CLASS, "RestControllerAdvice");

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("orders"))
            .singleElement()
            .satisfies(orders -> assertThat(orders.types()).contains("com.acme.orders.config.WebConfiguration"));
        assertThat(decomposition.platform().types()).containsExactly("com.acme.ShopApplication",
                "com.acme.server.ErrorAdvice", "com.acme.server.SecurityConfiguration");
    }

    @Test
    void givesAValueEveryModuleUsesToTheOneCandidateOfTheModuleDeclaringIt() {
        CodeGraphFixture graph = CodeGraphFixture.builder()
            .typeIn("server", "com.acme.ShopApplication")
            .entryPoint("com.acme.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .typeIn("orders", "com.acme.orders.api.OrderDto");
        for (String feature : List.of("orders", "billing", "inventory", "shipping")) {
            String root = "com.acme." + feature + ".";
            feature(graph, feature, root, feature).calls(root + "Controller", "com.acme.orders.api.OrderDto", 2);
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).isEmpty();
        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("orders"))
            .singleElement()
            .satisfies(orders -> assertThat(orders.types()).contains("com.acme.orders.api.OrderDto"));
    }

    @Test
    void leavesTheConfigurationOfACodebaseOfOneModuleToThePlatform() {
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("shop", "com.acme.shop.orders.Controller")
            .typeIn("shop", "com.acme.shop.orders.Entity")
            .typeIn("shop", "com.acme.shop.WebConfiguration", TypeNode.Kind.CLASS, "Configuration")
            .entryPoint("com.acme.shop.orders.Controller", EntryPoint.Kind.HTTP, "GET /orders")
            .table("com.acme.shop.orders.Entity", "orders")
            .calls("com.acme.shop.orders.Controller", "com.acme.shop.orders.Entity", 3)
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).hasSize(1);
        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.WebConfiguration");
    }

    @Test
    void placesEveryTypeExactlyOnce() {
        CodeGraph code = ShopFixture.shop();

        for (Decomposition decomposition : List.of(suggester.suggest(code, Progress.NONE),
                BoundarySuggester.of(BoundaryOptions.defaults().withServices(2)).suggest(code, Progress.NONE))) {
            List<String> placed = new ArrayList<>(decomposition.sharedKernel().types());
            placed.addAll(decomposition.platform().types());
            decomposition.services().forEach(service -> placed.addAll(service.types()));

            assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(code.types().keySet());
        }
    }

    @Test
    void collectsTablesPerServiceAndFlagsTablesUsedByMoreThanOne() {
        Decomposition decomposition = suggester.suggest(ShopFixture.shop(), Progress.NONE);

        assertThat(decomposition.services().get(0).tables()).containsExactly("invoice_lines", "invoices", "orders");
        assertThat(decomposition.sharedTables())
            .isEqualTo(new TreeMap<>(Map.of("orders", new TreeSet<>(Set.of("billing", "orders")))));
    }

    @Test
    void collectsEntryPointsPerService() {
        Decomposition decomposition = suggester.suggest(ShopFixture.shop(), Progress.NONE);

        assertThat(decomposition.services().get(1).entryPoints()).extracting(e -> e.detail())
            .containsExactly("GET /api/stock/{sku}", "POST /api/stock/{sku}");
    }

    @Test
    void namesServicesOfMeaninglessCodeAfterTheirHttpPaths() {
        CodeGraph obfuscated = ShopFixture.shop(name -> "x.T" + Integer.toHexString(name.hashCode()));

        Decomposition decomposition = suggester.suggest(obfuscated, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("orders", "stock", "invoices");
    }

    @Test
    void namesAfterTheWordsOfACamelCasePath() {
        // three of the stock controller's five paths start with /stockItem
        CodeGraph obfuscated = ShopFixture.shop(name -> "x.T" + Integer.toHexString(name.hashCode()),
                graph -> graph
                    .entryPoint("x.T" + Integer.toHexString("inventory.StockController".hashCode()),
                            EntryPoint.Kind.HTTP, "GET /stockItem/list")
                    .entryPoint("x.T" + Integer.toHexString("inventory.StockController".hashCode()),
                            EntryPoint.Kind.HTTP, "POST /stockItem/create")
                    .entryPoint("x.T" + Integer.toHexString("inventory.StockController".hashCode()),
                            EntryPoint.Kind.HTTP, "DELETE /stockItem/{id}"));

        Decomposition decomposition = suggester.suggest(obfuscated, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("orders", "stock-item", "invoices");
    }

    @Test
    void namesCandidatesOfLayeredCodeAfterTheirHandlerClassesBeforeTheirTables() {
        // package by layer (web, domain, mapper): no feature segment and no path words;
        // the order side touches lineitem more often than orders
        CodeGraph layered = CodeGraphFixture.builder()
            .entryPoint("com.acme.web.OrderActionBean", EntryPoint.Kind.ACTION, "OrderActionBean.newOrder")
            .calls("com.acme.web.OrderActionBean", "com.acme.service.OrderService", 4)
            .calls("com.acme.service.OrderService", "com.acme.mapper.OrderMapper", 3)
            .calls("com.acme.service.OrderService", "com.acme.mapper.LineItemMapper", 3)
            .depends("com.acme.domain.Order", "com.acme.domain.LineItem", EdgeKind.TYPE_REFERENCE, 2)
            .depends("com.acme.mapper.LineItemMapper", "com.acme.domain.LineItem", EdgeKind.TYPE_REFERENCE, 2)
            .depends("com.acme.mapper.OrderMapper", "com.acme.domain.Order", EdgeKind.TYPE_REFERENCE, 2)
            .table("com.acme.mapper.OrderMapper", "orders")
            .table("com.acme.mapper.LineItemMapper", "lineitem")
            .table("com.acme.domain.LineItem", "lineitem")
            .entryPoint("com.acme.web.AccountActionBean", EntryPoint.Kind.ACTION, "AccountActionBean.signon")
            .calls("com.acme.web.AccountActionBean", "com.acme.service.AccountService", 4)
            .calls("com.acme.service.AccountService", "com.acme.mapper.AccountMapper", 3)
            .depends("com.acme.mapper.AccountMapper", "com.acme.domain.Account", EdgeKind.TYPE_REFERENCE, 2)
            .table("com.acme.mapper.AccountMapper", "signon")
            .build();

        Decomposition decomposition = suggester.suggest(layered, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("order", "account");
    }

    @Test
    void putsALoneScheduledJobWithItsOwnTableInThePlatformButKeepsALoneControllerPairACandidate() {
        CodeGraph withJobs = CodeGraphFixture.builder()
            .entryPoint("com.acme.shop.EventRedelivery", EntryPoint.Kind.SCHEDULED, "every 15s")
            .table("com.acme.shop.EventRedelivery", "event_redelivery_lock")
            .entryPoint("com.acme.shop.system.WelcomeController", EntryPoint.Kind.HTTP, "GET /")
            .entryPoint("com.acme.shop.system.CrashController", EntryPoint.Kind.HTTP, "GET /oups")
            .calls("com.acme.shop.system.WelcomeController", "com.acme.shop.system.CrashController", 1)
            .build();

        Decomposition alone = suggester.suggest(withJobs, Progress.NONE);

        assertThat(alone.platform().types()).contains("com.acme.shop.EventRedelivery");
        assertThat(alone.services()).flatExtracting(CandidateService::types)
            .doesNotContain("com.acme.shop.EventRedelivery")
            .contains("com.acme.shop.system.WelcomeController", "com.acme.shop.system.CrashController");
    }

    @Test
    void putsAScheduledEventForwarderThatTouchesNoTableInThePlatformWhateverItsSize() {
        // a store-and-forward publisher: its storage, its publishers and the scheduled
        // forwarding, no table, nothing else coupled to it
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("com.acme.events.StoreAndForwardPublisher", EntryPoint.Kind.SCHEDULED, "fixedRate 3000")
            .calls("com.acme.events.StoreAndForwardPublisher", "com.acme.events.EventsStorage", 3)
            .calls("com.acme.events.StoreAndForwardPublisher", "com.acme.events.JustForwardPublisher", 2)
            .calls("com.acme.events.MeteredPublisher", "com.acme.events.JustForwardPublisher", 2)
            .calls("com.acme.events.EventsStorage", "com.acme.events.StoredEvent", 2)
            .entryPoint("com.acme.orders.OrderController", EntryPoint.Kind.HTTP, "POST /orders")
            .calls("com.acme.orders.OrderController", "com.acme.orders.OrderService", 3)
            .calls("com.acme.orders.OrderService", "com.acme.orders.Order", 3)
            .table("com.acme.orders.Order", "orders")
            // the same shape with a table of its own does business work
            .entryPoint("com.acme.billing.InvoiceRun", EntryPoint.Kind.SCHEDULED, "every night")
            .calls("com.acme.billing.InvoiceRun", "com.acme.billing.InvoiceWriter", 3)
            .calls("com.acme.billing.InvoiceWriter", "com.acme.billing.Invoice", 3)
            .calls("com.acme.billing.InvoiceRun", "com.acme.billing.Invoice", 1)
            .table("com.acme.billing.Invoice", "invoices")
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).contains("com.acme.events.StoreAndForwardPublisher",
                "com.acme.events.EventsStorage", "com.acme.events.JustForwardPublisher",
                "com.acme.events.MeteredPublisher", "com.acme.events.StoredEvent");
        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.orders.OrderController", "com.acme.orders.OrderService", "com.acme.orders.Order"),
                Set.of("com.acme.billing.InvoiceRun", "com.acme.billing.InvoiceWriter", "com.acme.billing.Invoice"));
    }

    @Test
    void putsAGenericHelperTwoCandidatesUseInThePlatformAndKeepsOneOnlyOneUses() {
        CodeGraph code = shopWith(graph -> graph.calls("com.acme.shop.orders.Order", "com.acme.shop.DateUtils", 2)
            .calls("com.acme.shop.billing.Invoice", "com.acme.shop.DateUtils", 2)
            .calls("com.acme.shop.inventory.Stock", "com.acme.shop.inventory.SkuHelper", 3));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).contains("com.acme.shop.DateUtils")
            .doesNotContain("com.acme.shop.inventory.SkuHelper");
        assertThat(decomposition.platform().reason()).contains("generic helpers (*Util, *Helper)");
        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("inventory"))
            .singleElement()
            .satisfies(service -> assertThat(service.types()).contains("com.acme.shop.inventory.SkuHelper"));
    }

    @Test
    void steersTowardTheNumberOfServicesAsked() {
        CodeGraph code = ShopFixture.shop();

        for (int wanted = 1; wanted <= 3; wanted++) {
            Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults().withServices(wanted))
                .suggest(code, Progress.NONE);

            assertThat(decomposition.services()).hasSize(wanted);
        }
    }

    @Test
    void joinsTheMostCoupledModulesWhenAskedForFewer() {
        // orders–inventory weigh 1.0 (one call), orders–billing 0.5 (one type reference),
        // billing–inventory
        // nothing (Money is in the kernel): orders and inventory share a service, billing
        // stays alone
        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults().withServices(2))
            .suggest(ShopFixture.shop(), Progress.NONE);

        assertThat(decomposition.services()).extracting(service -> service.types().size()).containsExactly(5, 10);
        assertThat(decomposition.services().get(0).name()).isEqualTo("billing");
        assertThat(decomposition.services().get(1).types()).contains("com.acme.shop.inventory.Stock",
                "com.acme.shop.orders.Order");
    }

    @Test
    void takesAWidelyUsedTypesOwnHelperIntoTheKernelWithIt() {
        // Money reads a Currency nothing else uses: without it, Money would have to leave
        // the kernel for depending on a type used from one part only
        CodeGraph code = shopWith(
                graph -> graph.calls("com.acme.shop.shared.Money", "com.acme.shop.shared.Currency", 2));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).containsExactly("com.acme.shop.shared.Currency",
                "com.acme.shop.shared.Money");
    }

    @Test
    void leavesAHelperThatCodeWithEntryPointsUsesWithThatCode() {
        // OrderController uses Currency too: it belongs to orders, and Money, depending
        // on
        // it, is no kernel type either
        CodeGraph code = shopWith(graph -> graph.calls("com.acme.shop.shared.Money", "com.acme.shop.orders.Currency", 2)
            .calls("com.acme.shop.orders.OrderController", "com.acme.shop.orders.Currency", 1));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).isEmpty();
        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("orders"))
            .singleElement()
            .satisfies(orders -> assertThat(orders.types()).contains("com.acme.shop.orders.Currency"));
    }

    @Test
    void putsAWidelyUsedClassImplementingALibraryInterfaceInThePlatformNotTheKernel() {
        // every module's repository goes through a retrying wrapper of the library's
        // MongoOperations: it adapts the framework, it is no business value
        CodeGraph code = shopWith(
                graph -> usedByEveryRepository(graph.implementing("com.acme.shop.shared.RetryingOperations",
                        "org.springframework.data.mongodb.core.MongoOperations")));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).containsExactly("com.acme.shop.shared.Money");
        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.shared.RetryingOperations");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
    }

    @Test
    void keepsAWidelyUsedClassImplementingAnAnalysedInterfaceInTheKernel() {
        // the interface its imports name is the application's own (a wildcard import of a
        // package that turns out to be analysed)
        CodeGraph code = shopWith(
                graph -> usedByEveryRepository(graph.type("com.acme.shop.shared.Priced", TypeNode.Kind.INTERFACE)
                    .implementing("com.acme.shop.shared.RetryingOperations", "com.acme.shop.shared.Priced")
                    .depends("com.acme.shop.shared.RetryingOperations", "com.acme.shop.shared.Priced",
                            EdgeKind.INHERITANCE, 1)));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).containsExactly("com.acme.shop.shared.Money",
                "com.acme.shop.shared.Priced", "com.acme.shop.shared.RetryingOperations");
        assertThat(decomposition.platform().types()).isEmpty();
    }

    private static CodeGraphFixture usedByEveryRepository(CodeGraphFixture graph) {
        for (String repository : List.of("orders.OrderRepository", "inventory.StockRepository",
                "billing.InvoiceRepository")) {
            graph.calls("com.acme.shop." + repository, "com.acme.shop.shared.RetryingOperations", 2);
        }
        return graph;
    }

    @Test
    void keepsAnEventWithItsPublisherThoughOthersListen() {
        // OrderPlaced: created by orders only, read by inventory and billing listeners →
        // owned by orders
        CodeGraph code = shopWith(graph -> graph
            .depends("com.acme.shop.orders.OrderManagement", "com.acme.shop.orders.OrderPlaced", EdgeKind.INSTANTIATION,
                    1)
            .depends("com.acme.shop.inventory.StockManagement", "com.acme.shop.orders.OrderPlaced",
                    EdgeKind.TYPE_REFERENCE, 3)
            .depends("com.acme.shop.billing.InvoiceManagement", "com.acme.shop.orders.OrderPlaced",
                    EdgeKind.TYPE_REFERENCE, 3));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.sharedKernel().types()).containsExactly("com.acme.shop.shared.Money");
        assertThat(decomposition.services().get(2).types()).contains("com.acme.shop.orders.OrderPlaced");
    }

    @Test
    void keepsAnInterfaceWithItsOnlyImplementation() {
        // Inventory is called three times as often from orders as it is implemented in
        // inventory
        CodeGraph code = shopWith(graph -> graph.type("com.acme.shop.inventory.Inventory", TypeNode.Kind.INTERFACE)
            .depends("com.acme.shop.inventory.StockManagement", "com.acme.shop.inventory.Inventory",
                    EdgeKind.INHERITANCE, 1)
            .calls("com.acme.shop.orders.OrderManagement", "com.acme.shop.inventory.Inventory", 3)
            .calls("com.acme.shop.orders.OrderController", "com.acme.shop.inventory.Inventory", 3));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services().get(1).types()).contains("com.acme.shop.inventory.Inventory",
                "com.acme.shop.inventory.StockManagement");
    }

    @Test
    void putsAppWidePlumbingInThePlatformAndAServicesOwnWiringInTheService() {
        CodeGraph code = shopWith(graph -> graph.type("com.acme.shop.ShopApplication", "SpringBootApplication")
            .entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .type("com.acme.shop.WebConfiguration", "Configuration")
            .calls("com.acme.shop.WebConfiguration", "com.acme.shop.orders.OrderController", 1)
            .calls("com.acme.shop.WebConfiguration", "com.acme.shop.billing.InvoiceController", 1)
            .type("com.acme.shop.inventory.StockProperties", "ConfigurationProperties")
            .depends("com.acme.shop.inventory.StockProperties", "com.acme.shop.inventory.StockManagement",
                    EdgeKind.INSTANTIATION, 1));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.ShopApplication",
                "com.acme.shop.WebConfiguration");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
        assertThat(decomposition.services().get(1).types()).contains("com.acme.shop.inventory.StockProperties");
    }

    @Test
    void keepsTheApplicationClassInThePlatformWhateverBeanOfOneCandidateItDeclares() {
        // elunez/eladmin's AppRun declares the bean holder of one candidate; an extracted
        // service scanning its package would start the whole monolith
        CodeGraph code = shopWith(graph -> graph.type("com.acme.shop.ShopApplication", "SpringBootApplication")
            .entryPoint("com.acme.shop.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .depends("com.acme.shop.ShopApplication", "com.acme.shop.inventory.StockManagement", EdgeKind.INSTANTIATION,
                    1));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.ShopApplication");
    }

    @Test
    void putsAClusterOfOnlyHelpersAndAnOperationalEndpointInThePlatform() {
        CodeGraph code = shopWith(
                graph -> graph.calls("com.acme.shop.ops.PingController", "com.acme.shop.ops.PropertyHelper", 3)
                    .entryPoint("com.acme.shop.ops.PingController", EntryPoint.Kind.HTTP, "GET /ping"));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.ops.PingController",
                "com.acme.shop.ops.PropertyHelper");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
    }

    @Test
    void putsAClusterOfOnlyExceptionHandlingAndTheControllerAdviceInThePlatform() {
        // the handlers speak of an order's exception, which does not make them the
        // orders'
        CodeGraph code = shopWith(graph -> graph.type("com.acme.shop.web.ApiExceptionHandler", "RestControllerAdvice")
            .depends("com.acme.shop.orders.OrderManagement", "com.acme.shop.orders.OrderNotFoundException",
                    EdgeKind.INSTANTIATION, 2)
            .depends("com.acme.shop.web.ApiExceptionHandler", "com.acme.shop.orders.OrderNotFoundException",
                    EdgeKind.TYPE_REFERENCE, 2)
            .depends("com.acme.shop.web.ApiExceptionHandler", "com.acme.shop.web.ErrorBody", EdgeKind.INSTANTIATION, 3)
            .depends("com.acme.shop.web.GraphQlExceptionHandler", "com.acme.shop.orders.OrderNotFoundException",
                    EdgeKind.TYPE_REFERENCE, 2)
            .depends("com.acme.shop.web.GraphQlExceptionHandler", "com.acme.shop.web.ErrorBody", EdgeKind.INSTANTIATION,
                    3)
            .depends("com.acme.shop.web.GraphQlExceptionHandler", "com.acme.shop.web.InvalidRequestException",
                    EdgeKind.TYPE_REFERENCE, 2)
            .depends("com.acme.shop.web.ErrorBody", "com.acme.shop.web.FieldErrorBody", EdgeKind.TYPE_REFERENCE, 2)
            .calls("com.acme.shop.web.ErrorBodySerializer", "com.acme.shop.web.ErrorBody", 3)
            .calls("com.acme.shop.web.ErrorBodySerializer", "com.acme.shop.web.FieldErrorBody", 3)
            .depends("com.acme.shop.web.InvalidRequestException", "com.acme.shop.web.FieldErrorBody",
                    EdgeKind.TYPE_REFERENCE, 1));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.web.ApiExceptionHandler",
                "com.acme.shop.web.ErrorBody", "com.acme.shop.web.ErrorBodySerializer",
                "com.acme.shop.web.FieldErrorBody", "com.acme.shop.web.GraphQlExceptionHandler",
                "com.acme.shop.web.InvalidRequestException");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
    }

    @Test
    void putsMarkerAnnotationsAndTheHelperReadingThemInThePlatform() {
        CodeGraph code = shopWith(
                graph -> graph.type("com.acme.shop.annotation.AnonymousAccess", TypeNode.Kind.ANNOTATION)
                    .type("com.acme.shop.annotation.AnonymousGetMapping", TypeNode.Kind.ANNOTATION)
                    .type("com.acme.shop.support.RequestMethod", TypeNode.Kind.ENUM)
                    .type("com.acme.shop.support.SecurityConfiguration", "Configuration")
                    .depends("com.acme.shop.annotation.AnonymousGetMapping", "com.acme.shop.annotation.AnonymousAccess",
                            EdgeKind.TYPE_REFERENCE, 1)
                    .depends("com.acme.shop.orders.OrderController", "com.acme.shop.annotation.AnonymousAccess",
                            EdgeKind.TYPE_REFERENCE, 1)
                    .depends("com.acme.shop.support.AnonymousTagUtils", "com.acme.shop.annotation.AnonymousAccess",
                            EdgeKind.TYPE_REFERENCE, 2)
                    .depends("com.acme.shop.support.AnonymousTagUtils", "com.acme.shop.annotation.AnonymousGetMapping",
                            EdgeKind.TYPE_REFERENCE, 2)
                    .calls("com.acme.shop.support.AnonymousTagUtils", "com.acme.shop.support.RequestMethod", 4)
                    .calls("com.acme.shop.support.SecurityConfiguration", "com.acme.shop.support.AnonymousTagUtils", 2)
                    .calls("com.acme.shop.support.SecurityConfiguration", "com.acme.shop.support.RequestMethod", 2));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.shop.annotation.AnonymousAccess",
                "com.acme.shop.annotation.AnonymousGetMapping", "com.acme.shop.support.AnonymousTagUtils",
                "com.acme.shop.support.RequestMethod", "com.acme.shop.support.SecurityConfiguration");
        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
    }

    @Test
    void namesNoCandidateAfterThePackageOfAPrefixEveryEndpointOfTheModuleShares() {
        // half of the statistics candidate lies in the admin web package: its path names
        // it
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "brand", "coupon" }) {
            String entity = "org.shop.db." + feature + ".Entity";
            graph.entryPoint("org.shop.db." + feature + ".Controller", EntryPoint.Kind.HTTP, "GET /admin/" + feature)
                .calls("org.shop.db." + feature + ".Controller", "org.shop.db." + feature + ".Service", 3)
                .depends("org.shop.db." + feature + ".Service", entity, EdgeKind.INSTANTIATION, 2)
                .table(entity, feature);
        }
        CodeGraph code = graph.entryPoint("org.shop.admin.StatController", EntryPoint.Kind.HTTP, "GET /admin/stat/user")
            .calls("org.shop.admin.StatController", "org.shop.admin.StatVo", 3)
            .calls("org.shop.admin.StatController", "org.shop.db.stat.StatService", 3)
            .calls("org.shop.db.stat.StatService", "org.shop.db.stat.StatMapper", 3)
            .table("org.shop.db.stat.StatMapper", "orders")
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).as(decomposition.partition().toString())
            .extracting(CandidateService::name)
            .containsExactlyInAnyOrder("brand", "coupon", "stat");
    }

    @Test
    void namesAfterThePathWordFollowingAPrefixEveryEndpointOfTheModuleShares() {
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "Brand", "Coupon", "Topic" }) {
            String controller = "x.T" + feature.hashCode();
            String service = "x.S" + feature.hashCode();
            String entity = "x.E" + feature.hashCode();
            graph.entryPoint(controller, EntryPoint.Kind.HTTP, "GET /admin/" + feature.toLowerCase() + "/list")
                .entryPoint(controller, EntryPoint.Kind.HTTP, "POST /admin/" + feature.toLowerCase() + "/create")
                .calls(controller, service, 3)
                .depends(service, entity, EdgeKind.INSTANTIATION, 2)
                .table(entity, "t_" + feature.toLowerCase());
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("brand", "coupon", "topic");
    }

    @Test
    void namesEachPackageTreeBelowItsOwnRoot() {
        CodeGraph code = shopWith(graph -> graph.calls("batch.jobs.Importer", "batch.jobs.Parser", 3)
            .calls("batch.jobs.Importer", "batch.jobs.Reader", 3)
            .entryPoint("batch.jobs.Importer", EntryPoint.Kind.LISTENER, "queue imports"));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "importer", "inventory", "orders");
    }

    @Test
    void findsFeaturesBelowAProjectPackageThatHoldsMostOfTheCode() {
        // the shop sits in com.acme.shop.app, a small tool in com.acme.tools: the common
        // root com.acme makes 'shop' a feature holding nearly all the code, and the
        // features are one level further down
        CodeGraph code = ShopFixture.shop(name -> "com.acme.shop.app." + name,
                graph -> graph.calls("com.acme.tools.Importer", "com.acme.tools.Parser", 3)
                    .entryPoint("com.acme.tools.Importer", EntryPoint.Kind.SCHEDULED, "every night"));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .contains("billing", "inventory", "orders")
            .doesNotContain("shop");
        assertThat(decomposition.services()).filteredOn(service -> service.name().equals("orders"))
            .singleElement()
            .satisfies(service -> assertThat(service.types()).hasSize(5));
    }

    @Test
    void takesAnInterfacesLayerForALayerNotAFeature() {
        // layered the DDD way: the controllers of every module sit in
        // com.acme.shop.interfaces.<module>, the rest in com.acme.shop.<module>; screens
        // link to each other's controllers
        String interfaces = "com.acme.shop.interfaces.";
        CodeGraph code = ShopFixture
            .shop(name -> "com.acme.shop." + (name.endsWith("Controller") ? "interfaces." : "") + name,
                    graph -> graph
                        .calls(interfaces + "orders.OrderController", interfaces + "inventory.StockController", 2)
                        .calls(interfaces + "billing.InvoiceController", interfaces + "orders.OrderController", 2));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactly("billing", "inventory", "orders");
        assertThat(decomposition.services().get(2).types()).contains("com.acme.shop.interfaces.orders.OrderController");
    }

    @Test
    void keepsAFeaturePackageTogetherWhenNothingInsideItConnects() {
        // orders.OrderArchive only talks to billing, but it sits in the orders feature
        // package
        CodeGraph code = shopWith(
                graph -> graph.calls("com.acme.shop.orders.OrderArchive", "com.acme.shop.billing.InvoiceManagement", 5)
                    .calls("com.acme.shop.orders.OrderArchive", "com.acme.shop.billing.InvoiceRepository", 5));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services().get(2).name()).isEqualTo("orders");
        assertThat(decomposition.services().get(2).types()).contains("com.acme.shop.orders.OrderArchive");
    }

    @Test
    void keepsGraphOnlyClustersWhenPackagesMeanNothing() {
        // one package for all: the prior has nothing to say and OrderArchive follows its
        // dependencies
        CodeGraph code = ShopFixture.shop(name -> "p." + name.replace('.', '_'),
                graph -> graph.calls("p.orders_OrderArchive", "p.billing_InvoiceManagement", 5)
                    .calls("p.orders_OrderArchive", "p.billing_InvoiceRepository", 5));

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).filteredOn(service -> service.types().contains("p.orders_OrderArchive"))
            .singleElement()
            .satisfies(service -> assertThat(service.types()).contains("p.billing_InvoiceManagement"));
    }

    @Test
    void givesTheSameAnswerEveryTime() {
        CodeGraph code = ShopFixture.shop();

        assertThat(suggester.suggest(code, Progress.NONE)).isEqualTo(suggester.suggest(code, Progress.NONE));
    }

    private static CodeGraph shopWith(UnaryOperator<CodeGraphFixture> additions) {
        return ShopFixture.shop(name -> "com.acme.shop." + name, additions);
    }

    /**
     * Adds a feature to the graph: a controller answering {@code GET /feature} that calls
     * a repository of an entity keeping the feature's table, all in {@code module}.
     */
    private static CodeGraphFixture feature(CodeGraphFixture graph, String module, String root, String feature) {
        return graph.typeIn(module, root + "Controller")
            .typeIn(module, root + "Repository")
            .typeIn(module, root + "Entity")
            .entryPoint(root + "Controller", EntryPoint.Kind.HTTP, "GET /" + feature)
            .table(root + "Entity", feature)
            .calls(root + "Controller", root + "Repository", 3)
            .calls(root + "Repository", root + "Entity", 3);
    }

}
