package dev.ficus.analyzer.plan;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.Platform;
import dev.ficus.analyzer.boundaries.SharedKernel;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TableAccess;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.ParsedSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The small shop of {@code fixtures/plan/shop}: its parsed sources and a hand-built code
 * graph whose call sites point at the real lines of those sources. Catalog is called by
 * orders; orders and notifications call each other; orders' sales report reads catalog's
 * {@code products} table; {@code Money} is the shared kernel.
 */
public final class ShopFixture {

    static final Path ROOT = Path.of("src/test/resources/fixtures/plan/shop");
    static final Path ANALYSIS = ROOT.resolve("analysis.json");

    private static final String SHOP = "src/main/java/com/example/shop/";

    private static final String CATALOG = "com.example.shop.catalog.";

    private static final String ORDERS = "com.example.shop.orders.";

    private static final String MONEY = "com.example.shop.shared.Money";

    private static final String NOTIFICATIONS = "com.example.shop.notifications.Notifications";

    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private ShopFixture() {
    }

    static ParsedSources sources() {
        return sources(ROOT);
    }

    /** The sources under {@code root}'s {@code src/main/java}, parsed without a build. */
    static ParsedSources sources(Path root) {
        List<ParsedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root.resolve("src/main/java"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.add(new ParsedFile(relative, PARSER.parse(path).getResult().orElseThrow(),
                        Files.readAllLines(path).size()));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParsedSources(root, List.of(root.resolve("src/main/java")), files.size(), 0, List.of(), files,
                List.of(), ReflectionTypeSolver::new);
    }

    /**
     * The decomposition the fixture's analysis holds: catalog, notifications, orders, and
     * Money in the kernel.
     */
    static Decomposition decomposition() {
        CodeGraph graph = graph();
        return new Decomposition(
                List.of(service(graph, "catalog",
                        List.of(CATALOG + "CatalogController", CATALOG + "CatalogManagement", CATALOG + "Product",
                                CATALOG + "ProductCategory", CATALOG + "ProductState", CATALOG + "ProductView"),
                        "product_category", "products"), service(graph, "notifications", List.of(NOTIFICATIONS)),
                        service(graph, "orders",
                                List.of(ORDERS + "Order", ORDERS + "OrderController", ORDERS + "OrderManagement",
                                        ORDERS + "SalesReport"),
                                "order_notes", "orders")),
                new SharedKernel(new TreeSet<>(Set.of(MONEY)), "value type used by several candidates"),
                new Platform(new TreeSet<>(), ""),
                new TreeMap<>(Map.of("products", new TreeSet<>(Set.of("catalog", "orders")))), 1.0);
    }

    /**
     * The analysis document of the fixture, as the analyzer makes it of the sources,
     * graph and decomposition.
     */
    static AnalysisDocument document() {
        return TestDocuments.of(sources(), graph(), decomposition(), "shop");
    }

    private static CandidateService service(CodeGraph graph, String name, List<String> types, String... tables) {
        return new CandidateService(name, new TreeSet<>(types),
                graph.entryPoints().stream().filter(entryPoint -> types.contains(entryPoint.type())).toList(),
                new TreeSet<>(List.of(tables)));
    }

    /**
     * A directed, weighted graph without self loops or parallel edges, as the analyzer
     * builds.
     */
    static Graph<String, Dependency> emptyGraph() {
        return GraphTypeBuilder.<String, Dependency>directed()
            .allowingSelfLoops(false)
            .allowingMultipleEdges(false)
            .weighted(true)
            .buildGraph();
    }

    static CodeGraph graph() {
        Graph<String, Dependency> graph = emptyGraph();
        TreeMap<String, TypeNode> types = new TreeMap<>();
        type(types, CATALOG + "CatalogController", 15);
        type(types, CATALOG + "CatalogManagement", 14);
        type(types, CATALOG + "Product", 30);
        type(types, CATALOG + "ProductCategory", 8);
        type(types, CATALOG + "ProductState", 2);
        type(types, CATALOG + "ProductView", 3);
        type(types, ORDERS + "Order", 10);
        type(types, ORDERS + "OrderController", 8);
        type(types, ORDERS + "OrderManagement", 25);
        type(types, ORDERS + "SalesReport", 4);
        type(types, NOTIFICATIONS, 12);
        type(types, MONEY, 6);
        types.keySet().forEach(graph::addVertex);

        String orderManagement = SHOP + "orders/OrderManagement.java";
        edge(graph, ORDERS + "OrderManagement", CATALOG + "CatalogManagement",
                Map.of(EdgeKind.CALL, 3, EdgeKind.TYPE_REFERENCE, 1),
                at(orderManagement, "private final CatalogManagement"), at(orderManagement, "catalog.findProduct("),
                at(orderManagement, "catalog.priceOf("), at(orderManagement, "catalog.recordView("));
        edge(graph, ORDERS + "OrderManagement", CATALOG + "ProductView", Map.of(EdgeKind.TYPE_REFERENCE, 1),
                at(orderManagement, "ProductView product ="));
        edge(graph, ORDERS + "OrderManagement", NOTIFICATIONS, Map.of(EdgeKind.CALL, 1),
                at(orderManagement, "notifications.orderPlaced("));
        edge(graph, ORDERS + "OrderManagement", MONEY, Map.of(EdgeKind.TYPE_REFERENCE, 2));
        edge(graph, NOTIFICATIONS, ORDERS + "OrderManagement", Map.of(EdgeKind.CALL, 1),
                at(SHOP + "notifications/Notifications.java", "orders.quantityOf("));
        edge(graph, CATALOG + "CatalogController", CATALOG + "CatalogManagement", Map.of(EdgeKind.CALL, 1),
                at(SHOP + "catalog/CatalogController.java", "catalog.findProduct("));
        edge(graph, CATALOG + "CatalogManagement", MONEY, Map.of(EdgeKind.CALL, 1, EdgeKind.INSTANTIATION, 1),
                at(SHOP + "catalog/CatalogManagement.java", "new Money("));
        edge(graph, CATALOG + "Product", CATALOG + "ProductCategory", Map.of(EdgeKind.TYPE_REFERENCE, 1));

        List<TableAccess> tables = List.of(
                new TableAccess(CATALOG + "Product", "products", "entity", at(SHOP + "catalog/Product.java", "@Table")),
                new TableAccess(CATALOG + "ProductCategory", "product_category", "entity",
                        at(SHOP + "catalog/ProductCategory.java", "@Entity")),
                new TableAccess(ORDERS + "Order", "orders", "entity", at(SHOP + "orders/Order.java", "@Table")),
                new TableAccess(ORDERS + "SalesReport", "orders", "sql",
                        at(SHOP + "orders/SalesReport.java", "select")),
                new TableAccess(ORDERS + "SalesReport", "products", "sql",
                        at(SHOP + "orders/SalesReport.java", "select")));
        List<EntryPoint> entryPoints = List.of(
                new EntryPoint(CATALOG + "CatalogController", EntryPoint.Kind.HTTP, "GET /api/catalog/products/{id}",
                        "product"),
                new EntryPoint(ORDERS + "OrderController", EntryPoint.Kind.HTTP, "POST /api/orders", "place"));
        return new CodeGraph(graph, types, entryPoints, tables, EdgeWeights.defaults(), 0, 7);
    }

    /** The line of the first occurrence of {@code marker} in the fixture file. */
    static SourceLocation at(String file, String marker) {
        return at(ROOT, file, marker);
    }

    /**
     * The line of the first occurrence of {@code marker} in a file under {@code root}.
     */
    static SourceLocation at(Path root, String file, String marker) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(marker)) {
                    return new SourceLocation(file, i + 1);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(marker + " not in " + file);
    }

    private static void type(Map<String, TypeNode> types, String name, int loc) {
        types.put(name,
                new TypeNode(name, SHOP + name.substring("com.example.shop.".length()).replace('.', '/') + ".java", loc,
                        Set.of(), TypeNode.Kind.CLASS));
    }

    private static void edge(Graph<String, Dependency> graph, String source, String target,
            Map<EdgeKind, Integer> counts, SourceLocation... locations) {
        graph.addEdge(source, target, new Dependency(source, target, counts, List.of(locations)));
    }

}
