package dev.ficus.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphBuilderUnitTests {

    static CodeGraph graphOf(String fixture) {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of(fixture)), Progress.NONE);
        return GraphBuilder.build(sources, EdgeWeights.defaults(), Progress.NONE);
    }

    static Map<EdgeKind, Integer> counts(CodeGraph graph, String source, String target) {
        Dependency dependency = graph.graph().getEdge(source, target);
        assertThat(dependency).as(source + " -> " + target).isNotNull();
        return dependency.counts();
    }

    @Nested
    class Servlets {

        private static final String WEB = "com.acme.legacy.web.";

        private static final String DAO = "com.acme.legacy.dao.";

        private final CodeGraph graph = graphOf("servlet");

        @Test
        void findsAnnotatedServletsServletsOfWebXmlAndMain() {
            assertThat(graph.entryPoints()).extracting(EntryPoint::type, EntryPoint::kind, EntryPoint::detail)
                .containsExactly(tuple(DAO + "Database", Kind.MAIN, "main"),
                        tuple(WEB + "OrderServlet", Kind.SERVLET, "/orders"),
                        tuple(WEB + "OrderServlet", Kind.SERVLET, "/orders/*"),
                        tuple(WEB + "ReportServlet", Kind.SERVLET, "*.report"),
                        tuple(WEB + "ReportServlet", Kind.SERVLET, "/reports"));
        }

        @Test
        void readsTablesFromSqlStringsTextBlocksAndConcatenations() {
            assertThat(graph.tablesByType()).isEqualTo(Map.of(DAO + "Database", new TreeSet<>(List.of("order_lines")),
                    DAO + "OrderDao", new TreeSet<>(List.of("order_lines", "orders")), DAO + "ReportDao",
                    new TreeSet<>(List.of("customers", "order_lines", "orders"))));
            assertThat(graph.tableAccesses()).filteredOn(access -> access.type().equals(DAO + "OrderDao"))
                .extracting(TableAccess::table, TableAccess::via, access -> access.location().toString())
                .containsExactly(tuple("order_lines", "sql", "src/main/java/com/acme/legacy/dao/OrderDao.java:26"),
                        tuple("orders", "sql", "src/main/java/com/acme/legacy/dao/OrderDao.java:10"));
        }

        @Test
        void countsCallSitesInstantiationsAndTypeReferences() {
            assertThat(counts(graph, WEB + "OrderServlet", DAO + "OrderDao")).containsExactlyInAnyOrderEntriesOf(
                    Map.of(EdgeKind.CALL, 2, EdgeKind.INSTANTIATION, 1, EdgeKind.TYPE_REFERENCE, 1));
            assertThat(counts(graph, WEB + "OrderServlet", DAO + "Order")).containsExactlyInAnyOrderEntriesOf(
                    Map.of(EdgeKind.CALL, 1, EdgeKind.INSTANTIATION, 1, EdgeKind.TYPE_REFERENCE, 1));
            assertThat(graph.graph().getEdge(WEB + "OrderServlet", DAO + "OrderDao").locations())
                .extracting(SourceLocation::toString)
                .containsExactly("src/main/java/com/acme/legacy/web/OrderServlet.java:14",
                        "src/main/java/com/acme/legacy/web/OrderServlet.java:18",
                        "src/main/java/com/acme/legacy/web/OrderServlet.java:24");
        }

        @Test
        void linksTableAccessorsToEachTableOwnerInsteadOfToEachOther() {
            // order_lines: three accessors, one access each, so the first by name owns it
            assertThat(counts(graph, DAO + "OrderDao", DAO + "Database")).containsEntry(EdgeKind.SHARED_TABLE, 1);
            assertThat(counts(graph, DAO + "ReportDao", DAO + "Database")).containsEntry(EdgeKind.SHARED_TABLE, 1);
            assertThat(counts(graph, DAO + "ReportDao", DAO + "OrderDao"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.SHARED_TABLE, 1));
            assertThat(graph.graph().getEdge(DAO + "OrderDao", DAO + "ReportDao")).isNull();
        }

        @Test
        void hasEveryTopLevelTypeAsAVertexAndOnlyAnalysedTypes() {
            assertThat(graph.graph().vertexSet()).containsExactly(DAO + "Database", DAO + "Order", DAO + "OrderDao",
                    DAO + "ReportDao", WEB + "OrderServlet", WEB + "ReportServlet");
            assertThat(graph.types().get(WEB + "ReportServlet")).isEqualTo(new TypeNode(WEB + "ReportServlet",
                    "src/main/java/com/acme/legacy/web/ReportServlet.java", 15, Set.of(), TypeNode.Kind.CLASS));
            assertThat(graph.unresolvedCalls()).isZero();
            assertThat(graph.resolvedCalls()).isEqualTo(24);
        }

        @Test
        void tellsAClassOfStaticMembersOnlyFromOneWithInstanceMembers() {
            assertThat(graph.types().get(DAO + "Database").utilityClass()).isTrue();
            assertThat(graph.types().get(DAO + "OrderDao").utilityClass()).isFalse();
            assertThat(graph.types().get(WEB + "ReportServlet").utilityClass()).isFalse();
        }

    }

    @Nested
    class JaxRsAndCdi {

        private static final String API = "org.shop.api.";

        private static final String CUSTOMERS = "org.shop.customers.";

        private final CodeGraph graph = graphOf("jaxrs");

        @Test
        void joinsApplicationClassAndMethodPathsOfResourceMethodsOnly() {
            assertThat(graph.entryPoints()).extracting(EntryPoint::kind, EntryPoint::detail, EntryPoint::method)
                .containsExactly(tuple(Kind.JAXRS, "DELETE /api/customers/{id}", "remove"),
                        tuple(Kind.JAXRS, "GET /api/customers", "all"),
                        tuple(Kind.JAXRS, "GET /api/customers/{id}", "one"),
                        tuple(Kind.JAXRS, "POST /api/customers", "register"),
                        tuple(Kind.LISTENER, "CustomerRegistered", "on"));
            assertThat(graph.entryPoints().get(4).type()).isEqualTo(CUSTOMERS + "WelcomeMailer");
        }

        @Test
        void linksCdiEventFiringToObservers() {
            assertThat(counts(graph, CUSTOMERS + "CustomerDirectory", CUSTOMERS + "WelcomeMailer"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.EVENT, 1));
        }

        @Test
        void mapsJpqlEntityNamesAndNativeSqlToTheEntityTable() {
            assertThat(graph.tableAccesses()).extracting(TableAccess::type, TableAccess::table, TableAccess::via)
                .containsExactly(tuple(CUSTOMERS + "Customer", "customers", "entity"),
                        tuple(CUSTOMERS + "CustomerDirectory", "customers", "sql"));
            assertThat(counts(graph, CUSTOMERS + "CustomerDirectory", CUSTOMERS + "Customer"))
                .containsEntry(EdgeKind.SHARED_TABLE, 1);
        }

        @Test
        void resolvesCallsThroughInjectedFields() {
            assertThat(counts(graph, API + "CustomerResource", CUSTOMERS + "CustomerDirectory"))
                .containsEntry(EdgeKind.CALL, 4);
            assertThat(counts(graph, API + "CustomerResource", API + "AddressResource"))
                .containsEntry(EdgeKind.INSTANTIATION, 1);
        }

    }

    @Nested
    class Ejb {

        private final CodeGraph graph = graphOf("ejb");

        @Test
        void findsSessionBeansMessageDrivenBeansAndTimersButNotCdiSingletons() {
            assertThat(graph.entryPoints()).extracting(EntryPoint::type, EntryPoint::kind, EntryPoint::detail)
                .containsExactly(tuple("com.bank.accounts.AccountService", Kind.EJB, "Stateless"),
                        tuple("com.bank.audit.AuditLog", Kind.EJB, "Singleton"),
                        tuple("com.bank.audit.TransferListener", Kind.LISTENER, "message-driven jms/transfers"),
                        tuple("com.bank.batch.InterestJob", Kind.SCHEDULED, "hour 2, minute 30"),
                        tuple("com.bank.batch.InterestJob", Kind.EJB, "Stateful"));
        }

        @Test
        void namesDefaultTablesAfterTheEntityNameInSnakeCase() {
            assertThat(graph.tableAccesses()).extracting(TableAccess::type, TableAccess::table)
                .containsExactly(tuple("com.bank.accounts.Account", "account"),
                        tuple("com.bank.accounts.SavingsAccount", "savings"));
        }

        @Test
        void recordsInheritance() {
            assertThat(counts(graph, "com.bank.accounts.SavingsAccount", "com.bank.accounts.Account"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.INHERITANCE, 1));
        }

    }

    @Nested
    class MyBatisPlus {

        private static final String DAL = "com.shop.orders.dal.";

        private final CodeGraph graph = graphOf("mybatis-plus");

        @Test
        void readsTheTablesOfDataObjectsAndTheirMappers() {
            assertThat(graph.tableAccesses()).extracting(TableAccess::type, TableAccess::table, TableAccess::via)
                .containsExactly(tuple(DAL + "OrderArchiveMapper", "shop_order", "repository"),
                        tuple(DAL + "OrderDO", "shop_order", "entity"),
                        tuple(DAL + "OrderItemDO", "order_item_d_o", "entity"),
                        tuple(DAL + "OrderItemMapper", "order_item_d_o", "repository"),
                        tuple(DAL + "OrderMapper", "shop_order", "repository"),
                        tuple(DAL + "ShipmentDO", "shop_shipment", "entity"),
                        tuple(DAL + "ShipmentMapper", "shop_shipment", "repository"));
        }

        @Test
        void takesNeitherAnotherTableNameAnnotationNorAnotherGenericBaseForMyBatisPlus() {
            assertThat(graph.tablesByType()).doesNotContainKeys("com.shop.legacy.Report",
                    "com.shop.legacy.OrderConvert");
        }

    }

    @Nested
    class MyBatis {

        private static final String BILLING = "com.shop.billing.";

        private final CodeGraph graph = graphOf("mybatis");

        @Test
        void readsTablesOfMapperXmlAndMapperAnnotations() {
            assertThat(graph.tableAccesses())
                .extracting(TableAccess::type, TableAccess::table, access -> access.location().toString())
                .containsExactly(
                        tuple(BILLING + "InvoiceMapper", "invoices", "src/main/resources/mappers/InvoiceMapper.xml:5"),
                        tuple(BILLING + "InvoiceMapper", "orders", "src/main/resources/mappers/InvoiceMapper.xml:5"),
                        tuple(BILLING + "OrderMapper", "orders", "src/main/java/com/shop/billing/OrderMapper.java:11"));
            assertThat(graph.tableAccesses()).extracting(TableAccess::via).containsOnly("mybatis");
        }

        @Test
        void linksMappersSharingATable() {
            assertThat(counts(graph, BILLING + "OrderMapper", BILLING + "InvoiceMapper"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.SHARED_TABLE, 1));
        }

        @Test
        void resolvesCallsOnLambdaParametersThroughTheSymbolSolver() {
            assertThat(counts(graph, BILLING + "Billing", BILLING + "Invoice"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EdgeKind.CALL, 1, EdgeKind.INSTANTIATION, 1));
            assertThat(graph.unresolvedCalls()).isZero();
        }

    }

    @Nested
    class Spring {

        private static final String SHOP = "com.example.shop.";

        private final CodeGraph graph = graphOf("spring");

        @Test
        void findsHandlersListenersJobsAndMain() {
            assertThat(graph.entryPoints()).extracting(EntryPoint::kind, EntryPoint::detail, EntryPoint::method)
                .containsExactly(tuple(Kind.MAIN, "main", "main"),
                        tuple(Kind.LISTENER, "InvoiceIssued", "onApplicationEvent"),
                        tuple(Kind.LISTENER, "OrderPlaced", "on"), tuple(Kind.SCHEDULED, "cron 0 0 * * * *", "restock"),
                        tuple(Kind.HTTP, "DELETE /actuator/caches", "clear"),
                        tuple(Kind.HTTP, "GET /actuator/legacy/ping", "ping"),
                        tuple(Kind.HTTP, "POST /actuator/legacy", "touch"),
                        tuple(Kind.HTTP, "DELETE /actuator/orderstats/{status}", "evict"),
                        tuple(Kind.HTTP, "GET /actuator/orderstats", "stats"),
                        tuple(Kind.HTTP, "GET /actuator/orderstats/{status}", "byStatus"),
                        tuple(Kind.HTTP, "POST /actuator/orderstats", "reset"),
                        tuple(Kind.HTTP, "GET /api/orders/find", "search"),
                        tuple(Kind.HTTP, "GET /api/orders/search", "search"),
                        tuple(Kind.HTTP, "GET /api/orders/{id}", "get"), tuple(Kind.HTTP, "POST /api/orders", "place"),
                        tuple(Kind.LISTENER, "OrderPlaced", "on"),
                        tuple(Kind.LISTENER, "kafka payments", "paymentReceived"),
                        tuple(Kind.LISTENER, "rabbit returns,refunds", "returned"));
        }

        @Test
        void findsApplicationListenerImplementationsWithTheirEventType() {
            assertThat(graph.entryPoints()).filteredOn(entryPoint -> entryPoint.type().endsWith("InvoiceMailer"))
                .containsExactly(new EntryPoint(SHOP + "billing.InvoiceMailer", Kind.LISTENER, "InvoiceIssued",
                        "onApplicationEvent"));
            assertThat(counts(graph, SHOP + "billing.Billing", SHOP + "billing.InvoiceMailer"))
                .containsEntry(EdgeKind.EVENT, 1);
        }

        @Test
        void mapsActuatorOperationsToHttpMethodsUnderTheEndpointId() {
            assertThat(graph.entryPoints()).filteredOn(entryPoint -> entryPoint.type().contains(".ops."))
                .extracting(EntryPoint::type, EntryPoint::detail)
                .containsExactly(tuple(SHOP + "ops.CacheEndpoint", "DELETE /actuator/caches"),
                        tuple(SHOP + "ops.LegacyEndpoint", "GET /actuator/legacy/ping"),
                        tuple(SHOP + "ops.LegacyEndpoint", "POST /actuator/legacy"),
                        tuple(SHOP + "ops.OrderStatsEndpoint", "DELETE /actuator/orderstats/{status}"),
                        tuple(SHOP + "ops.OrderStatsEndpoint", "GET /actuator/orderstats"),
                        tuple(SHOP + "ops.OrderStatsEndpoint", "GET /actuator/orderstats/{status}"),
                        tuple(SHOP + "ops.OrderStatsEndpoint", "POST /actuator/orderstats"));
        }

        @Test
        void linksPublishedEventsToEveryListener() {
            assertThat(counts(graph, SHOP + "orders.OrderManagement", SHOP + "inventory.InventoryManagement"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.EVENT, 1));
            assertThat(counts(graph, SHOP + "orders.OrderManagement", SHOP + "shipping.ShippingListener"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.EVENT, 1));
        }

        @Test
        void mapsRepositoriesJoinTablesAndSqlToTables() {
            assertThat(graph.tableAccesses()).extracting(TableAccess::type, TableAccess::table, TableAccess::via)
                .containsExactly(tuple(SHOP + "inventory.InventoryManagement", "stock", "sql"),
                        tuple(SHOP + "orders.OrderRepository", "purchase_order", "repository"),
                        tuple(SHOP + "orders.PurchaseOrder", "order_tags", "entity"),
                        tuple(SHOP + "orders.PurchaseOrder", "purchase_order", "entity"));
        }

        @Test
        void foldsNestedTypesIntoTheirTopLevelType() {
            assertThat(graph.graph().vertexSet()).doesNotContain(SHOP + "orders.PurchaseOrder.Status");
            assertThat(counts(graph, SHOP + "orders.OrderPlaced", SHOP + "orders.PurchaseOrder"))
                .containsExactlyEntriesOf(Map.of(EdgeKind.TYPE_REFERENCE, 1));
        }

        @Test
        void attributesRepositoryCallsToTheRepositoryEvenWhenALibraryDeclaresTheMethod() {
            assertThat(counts(graph, SHOP + "orders.OrderManagement", SHOP + "orders.OrderRepository"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(EdgeKind.CALL, 3, EdgeKind.TYPE_REFERENCE, 2));
        }

    }

    @Nested
    class MongoDocuments {

        private final CodeGraph graph = graphOf("mongo");

        @Test
        void mapsDocumentsAndTheirSpringDataRepositoriesToTheirCollections() {
            assertThat(graph.tablesByType()).isEqualTo(Map.of("com.acme.accounts.Account", Set.of("accounts"),
                    "com.acme.accounts.AccountRepository", Set.of("accounts"), "com.acme.stats.DataPoint",
                    Set.of("datapoint"), "com.acme.stats.DataPointRepository", Set.of("datapoint")));
        }

    }

    @Nested
    class JpaInheritance {

        private static final String LEDGER = "com.acme.ledger.";

        private final CodeGraph graph = graphOf("jpa");

        private Map<String, Set<String>> tablesByType() {
            Map<String, Set<String>> tables = new java.util.TreeMap<>();
            graph.tableAccesses()
                .forEach(access -> tables
                    .computeIfAbsent(access.type().substring(LEDGER.length()), type -> new TreeSet<>())
                    .add(access.table()));
            return tables;
        }

        @Test
        void mapsEachEntityAndRepositoryToTheTablesItsInheritanceStrategyGivesIt() {
            assertThat(tablesByType()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry("Account", Set.of("account")), Map.entry("SavingsAccount", Set.of("savings_account")),
                    Map.entry("SavingsAccountRepository", Set.of("savings_account")),
                    Map.entry("Payment", Set.of("payment")), Map.entry("CardPayment", Set.of("payment")),
                    Map.entry("CardPaymentRepository", Set.of("payment")), Map.entry("Refund", Set.of("refunds")),
                    Map.entry("Document", Set.of("document")), Map.entry("Invoice", Set.of("invoice", "document")),
                    Map.entry("InvoiceRepository", Set.of("invoice")),
                    Map.entry("CreditNote", Set.of("credit_notes", "document"))));
        }

        @Test
        void givesMappedSuperclassesNoTable() {
            assertThat(tablesByType()).doesNotContainKey("Auditable");
            assertThat(graph.tableAccesses()).extracting(TableAccess::table).doesNotContain("auditable");
        }

        @Test
        void linksSubclassesSharingATableToTheRootEntityOwningIt() {
            assertThat(counts(graph, LEDGER + "CardPayment", LEDGER + "Payment")).containsEntry(EdgeKind.SHARED_TABLE,
                    1);
            assertThat(counts(graph, LEDGER + "CardPaymentRepository", LEDGER + "Payment"))
                .containsEntry(EdgeKind.SHARED_TABLE, 1);
            assertThat(counts(graph, LEDGER + "Invoice", LEDGER + "Document")).containsEntry(EdgeKind.SHARED_TABLE, 1);
            assertThat(graph.graph().getEdge(LEDGER + "Payment", LEDGER + "CardPayment")).isNull();
        }

    }

    @Test
    void buildsTheSameGraphEveryTime() {
        CodeGraph first = graphOf("spring");
        CodeGraph second = graphOf("spring");

        assertThat(new ArrayList<>(second.graph().edgeSet())).isEqualTo(new ArrayList<>(first.graph().edgeSet()));
        assertThat(second.entryPoints()).isEqualTo(first.entryPoints());
        assertThat(second.tableAccesses()).isEqualTo(first.tableAccesses());
    }

    @Test
    void resolvesLibraryCallsAgainstClasspathJarsWhenAnAnalysedMethodHasTheSameName(@TempDir Path temp)
            throws Exception {
        Files.createDirectories(temp.resolve("demo"));
        Files.writeString(temp.resolve("demo/Vertices.java"), """
                package demo;

                import org.jgrapht.Graph;

                class Vertices {
                    int firstLength(Graph<String, Object> graph) {
                        return graph.vertexSet().iterator().next().length();
                    }
                }
                """);
        // an analysed method named like the last call: only the solver can tell which one
        // the call reaches
        Files.writeString(temp.resolve("demo/Segment.java"), """
                package demo;

                class Segment {
                    int length() {
                        return 1;
                    }
                }
                """);
        Path jgrapht = Path.of(Graph.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        CodeGraph without = GraphBuilder.build(SourceReader.read(SourceRequest.of(temp), Progress.NONE),
                EdgeWeights.defaults(), Progress.NONE);
        CodeGraph with = GraphBuilder.build(
                SourceReader.read(new SourceRequest(temp, false, List.of(), List.of(jgrapht)), Progress.NONE),
                EdgeWeights.defaults(), Progress.NONE);

        // iterator() and next(): no analysed type declares them, so they are library
        // calls without the solver
        assertThat(without.unresolvedCalls()).isEqualTo(1);
        assertThat(without.resolvedCalls()).isEqualTo(3);
        assertThat(with.unresolvedCalls()).isZero();
        assertThat(with.resolvedCalls()).isEqualTo(4);
        assertThat(with.graph().edgeSet()).isEmpty();
    }

    @Test
    void typesVarLocalsFromTheirInitializerAndParsesRecentSyntax(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("demo"));
        Files.writeString(temp.resolve("demo/Ledger.java"), """
                package demo;

                sealed interface Entry permits Credit {
                }

                record Credit(long cents) implements Entry {
                }

                class Ledger {
                    long total(Object entry) {
                        var ledger = new Books();
                        ledger.record(entry instanceof Credit credit ? credit.cents() : 0);
                        return switch (entry) {
                            case Credit(long cents) when cents > 0 -> cents;
                            default -> {
                                yield 0;
                            }
                        };
                    }
                }
                """);
        Files.writeString(temp.resolve("demo/Books.java"), """
                package demo;

                class Books {
                    void record(long cents) {
                    }
                }
                """);

        ParsedSources sources = SourceReader.read(SourceRequest.of(temp), Progress.NONE);
        CodeGraph graph = GraphBuilder.build(sources, EdgeWeights.defaults(), Progress.NONE);

        assertThat(sources.parseErrors()).isZero();
        assertThat(counts(graph, "demo.Ledger", "demo.Books")).containsEntry(EdgeKind.CALL, 1);
        assertThat(graph.unresolvedCalls()).isZero();
    }

    @Test
    void namesTheLibraryInterfacesAClassImplementsByItsImportsLeavingTheJdkAndItsOwnPackageOut(@TempDir Path temp)
            throws Exception {
        Files.createDirectories(temp.resolve("shop/data"));
        Files.writeString(temp.resolve("shop/data/RetryingOperations.java"), """
                package shop.data;

                import java.io.Serializable;
                import org.springframework.data.mongodb.core.MongoOperations;

                public class RetryingOperations implements MongoOperations, Serializable, Comparable<Object>, Priced {
                    public int compareTo(Object other) {
                        return 0;
                    }
                }
                """);
        Files.writeString(temp.resolve("shop/data/Priced.java"), """
                package shop.data;

                public interface Priced {
                }
                """);
        Files.writeString(temp.resolve("shop/data/Stripes.java"), """
                package shop.data;

                import java.util.Map;
                import net.sourceforge.stripes.action.*;

                public abstract class Stripes
                        implements ActionBean, javax.servlet.Filter, Map.Entry<String, String>, Comparable<Stripes> {
                }
                """);
        Files.writeString(temp.resolve("shop/data/Ambiguous.java"), """
                package shop.data;

                import java.util.*;
                import net.sourceforge.stripes.action.*;

                public abstract class Ambiguous implements ActionBean {
                }
                """);
        Files.writeString(temp.resolve("shop/data/Money.java"), """
                package shop.data;

                public record Money(long cents) implements Comparable<Money> {
                    public int compareTo(Money other) {
                        return Long.compare(cents, other.cents);
                    }
                }
                """);

        CodeGraph graph = GraphBuilder.build(SourceReader.read(SourceRequest.of(temp), Progress.NONE),
                EdgeWeights.defaults(), Progress.NONE);

        assertThat(graph.types().get("shop.data.RetryingOperations").libraryInterfaces())
            .containsExactly("org.springframework.data.mongodb.core.MongoOperations");
        // a name from a wildcard import may come from each non-JDK one; Map.Entry is
        // the JDK's, imported through Map; Comparable is java.lang's
        assertThat(graph.types().get("shop.data.Stripes").libraryInterfaces())
            .containsExactlyInAnyOrder("javax.servlet.Filter", "net.sourceforge.stripes.action.ActionBean");
        // beside java.util.*, ActionBean may be the JDK's: not named
        assertThat(graph.types().get("shop.data.Ambiguous").libraryInterfaces()).isEmpty();
        assertThat(graph.types().get("shop.data.Money").libraryInterfaces()).isEmpty();
        assertThat(graph.types().get("shop.data.Priced").libraryInterfaces()).isEmpty();
    }

    @Test
    void countsACallOfAnInheritedMethodAsACallOnTheObjectsOwnType() {
        CodeGraph graph = graphOf("inherited-contracts");

        // orders.findAll (Store's), orders.find (its own), orders::exists (Store's
        // default), registry.orders().findAll, and orders.toString (a library's, so the
        // receiver's)
        assertThat(counts(graph, "shop.billing.Billing", "shop.orders.OrderStore")).containsEntry(EdgeKind.CALL, 5);
        assertThat(graph.graph().getEdge("shop.billing.Billing", "shop.orders.Store")).isNull();
        assertThat(counts(graph, "shop.billing.Billing", "shop.documents.BaseDocument"))
            .as("an interface's method a class implements in its class chain runs there")
            .containsEntry(EdgeKind.CALL, 1);
        assertThat(graph.graph().getEdge("shop.billing.Billing", "shop.documents.Numbered")).isNull();
        assertThat(counts(graph, "shop.documents.Template", "shop.documents.Numbered"))
            .as("a call on this is no call on another bean")
            .containsEntry(EdgeKind.CALL, 1);
    }

    @Test
    void countsAMethodReferenceOnAnObjectAsACallOnItsType() {
        CodeGraph graph = graphOf("calls");

        // inventory.reserve, .release twice, .audit twice, then this.inventory::release
        // and
        // inventory::audit
        assertThat(counts(graph, "shop.Orders", "shop.Inventory")).containsEntry(EdgeKind.CALL, 7);
        assertThat(graph.graph().getEdge("shop.Orders", "shop.Inventory").locations()).extracting(SourceLocation::line)
            .contains(41, 44);
    }

    @Test
    void weighsEdgesByKind() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("ejb")), Progress.NONE);
        EdgeWeights callsOnly = new EdgeWeights(Map.of(EdgeKind.TYPE_REFERENCE, 0.0, EdgeKind.CALL, 3.0));

        CodeGraph graph = GraphBuilder.build(sources, callsOnly, Progress.NONE);

        Dependency dependency = graph.graph().getEdge("com.bank.accounts.AccountService", "com.bank.accounts.Account");
        assertThat(graph.graph().getEdgeWeight(dependency)).isEqualTo(6.0);
    }

}
