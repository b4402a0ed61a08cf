package dev.ficus.analyzer.plan;

import dev.ficus.plan.Boundary;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.ChecklistStep;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.ExtractionScore;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.RemoteOperation;
import dev.ficus.plan.Risk;
import dev.ficus.plan.Traffic;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.document.AnalysisDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MigrationPlannerUnitTests {

    private static MigrationPlan plan;

    @BeforeAll
    static void planTheShop() {
        if (Boolean.getBoolean("fixtures.update")) {
            try {
                Files.writeString(ShopFixture.ANALYSIS, AnalysisDocuments.toJson(ShopFixture.document()));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        plan = MigrationPlanner.plan(AnalysisDocuments.read(ShopFixture.ANALYSIS));
    }

    @Test
    void recordsTheSourceRootOfEachCandidatesFiles() {
        List<String> roots = List.of("", "ruoyi-modules/ruoyi-demo/src/main/java",
                "ruoyi-modules/ruoyi-demo2/src/main/java");

        assertThat(MigrationPlanner.sourceFolder("ruoyi-modules/ruoyi-demo/src/main/java/org/dromara/demo/Mail.java",
                roots))
            .contains("ruoyi-modules/ruoyi-demo/src/main/java");
        assertThat(MigrationPlanner.sourceFolder("Loose.java", roots)).contains("");
        assertThat(MigrationPlanner.sourceFolder("src/Other.java", List.of("lib/src"))).isEmpty();
    }

    @Test
    void plansFromTheDocumentTheAnalyzerMakesOfTheFixture() {
        assertThat(AnalysisDocuments.read(ShopFixture.ANALYSIS)).isEqualTo(ShopFixture.document());
    }

    private static CandidatePlan candidate(String name) {
        return plan.candidate(name).orElseThrow();
    }

    @Test
    void ordersCandidatesByScoreFromMeasuredFacts() {
        assertThat(plan.candidates()).extracting(CandidatePlan::name, CandidatePlan::rank, CandidatePlan::score)
            .containsExactly(tuple("catalog", 1, 85.28), tuple("notifications", 2, 76.88), tuple("orders", 3, 65.53));
    }

    @Test
    void showsEachFactWithItsPoints() {
        assertThat(candidate("orders").why().terms())
            .extracting(ExtractionScore.Term::fact, ExtractionScore.Term::value, ExtractionScore.Term::points)
            .containsExactly(tuple("incoming synchronous calls", 1.0, -2.0),
                    tuple("outgoing synchronous calls", 4.0, -4.0), tuple("shared tables", 1.0, -10.0),
                    tuple("candidates in a call cycle with it", 1.0, -20.0), tuple("entry points it owns", 1.0, 2.0),
                    tuple("lines of code", 47.0, -0.47));
    }

    @Test
    void detectsCycleBetweenCandidates() {
        assertThat(candidate("orders").risks()).extracting(Risk::kind).contains("cycle");
        assertThat(candidate("notifications").risks()).extracting(Risk::message)
            .anySatisfy(message -> assertThat(message).startsWith("notifications and orders call each other"));
        assertThat(candidate("catalog").risks()).isEmpty();
    }

    @Test
    void listsCrossingCallsWithFileAndLine() {
        String file = "src/main/java/com/example/shop/orders/OrderManagement.java";
        assertThat(candidate("catalog").boundary().incomingCalls())
            .extracting(CrossingCall::method, CrossingCall::location, CrossingCall::resultUsed)
            .containsExactly(tuple("findProduct", ShopFixture.at(file, "catalog.findProduct(").toString(), true),
                    tuple("priceOf", ShopFixture.at(file, "catalog.priceOf(").toString(), true),
                    tuple("recordView", ShopFixture.at(file, "catalog.recordView(").toString(), false));
        assertThat(candidate("catalog").boundary().outgoingCalls()).isEmpty();
    }

    @Test
    void proposesEndpointsForUsedResultsAndEventsForNotifications() {
        Boundary boundary = candidate("catalog").boundary();
        assertThat(boundary.remoteApi())
            .extracting(RemoteOperation::httpMethod, RemoteOperation::path, RemoteOperation::returnType)
            .containsExactly(tuple("GET", "/internal/catalog/find-product", "ProductView"),
                    tuple("GET", "/internal/catalog/price-of", "Money"),
                    tuple("POST", "/internal/catalog/record-view", "void"));
        assertThat(boundary.remoteApi().get(0).parameters()).containsExactly(new RemoteOperation.Field("id", "long"));
        assertThat(boundary.remoteApi().get(0).responseFields()).extracting(RemoteOperation.Field::name)
            .containsExactly("id", "name", "price", "active");
        assertThat(boundary.eventCandidates()).extracting(RemoteOperation::method).containsExactly("recordView");
        assertThat(candidate("notifications").boundary().eventCandidates()).extracting(RemoteOperation::method)
            .containsExactly("orderPlaced");
    }

    @Test
    void separatesMovingTypesFromSharedKernelTypes() {
        Boundary boundary = candidate("catalog").boundary();
        assertThat(boundary.movingTypes()).hasSize(6).contains("com.example.shop.catalog.Product");
        assertThat(boundary.sharedKernelTypes()).containsExactly("com.example.shop.shared.Money");
        assertThat(boundary.entryPoints()).containsExactly("http GET /api/catalog/products/{id} (CatalogController)");
    }

    @Test
    void readsTableColumnsFromJpaEntities() {
        DataMove.Table products = candidate("catalog").data().tables().get(1);
        assertThat(products.name()).isEqualTo("products");
        assertThat(products.columns()).containsExactly(new DataMove.Column("id", "bigint", true, true, false, false),
                new DataMove.Column("name", "varchar(120)", false, false, false, false),
                new DataMove.Column("unit_price", "numeric(10,2)", false, false, false, false),
                new DataMove.Column("state", "varchar(255)", false, false, true, false),
                new DataMove.Column("active", "boolean", false, false, false, false),
                new DataMove.Column("category_id", "bigint", false, false, true, false),
                new DataMove.Column("created_at", "timestamp(6) with time zone", false, false, true, false));
        assertThat(candidate("catalog").data().tables().get(0).name()).isEqualTo("product_category");
    }

    @Test
    void readsEmbeddedValuesAndElementCollectionsAsColumnsAndTables() {
        assertThat(candidate("orders").data().tables()).extracting(DataMove.Table::name)
            .containsExactly("order_notes", "orders");
        assertThat(candidate("orders").data().tables().get(0).columns()).containsExactly(
                new DataMove.Column("order_id", "bigint", false, false, false, false),
                new DataMove.Column("position", "integer", false, false, false, false),
                new DataMove.Column("notes", "varchar(255)", false, false, true, false));
        assertThat(candidate("orders").data().tables().get(1).columns()).extracting(DataMove.Column::name)
            .containsExactly("id", "product_id", "quantity", "total_amount", "total_currency");
        assertThat(candidate("orders").data().tables().get(1).columns().get(3).sqlType()).isEqualTo("numeric(38,2)");
    }

    @Test
    void listsOtherCandidatesCodeTouchingTheTablesThatMove() {
        assertThat(candidate("catalog").data().foreignAccesses())
            .extracting(DataMove.ForeignAccess::table, DataMove.ForeignAccess::owner, DataMove.ForeignAccess::via,
                    DataMove.ForeignAccess::location)
            .containsExactly(tuple("products", "orders", "sql",
                    ShopFixture.at("src/main/java/com/example/shop/orders/SalesReport.java", "select").toString()));
    }

    @Test
    void proposesGatewayRouteFromTheCandidatesHttpPaths() {
        Traffic traffic = candidate("catalog").traffic();
        assertThat(traffic.gatewayProperties()).containsExactly(
                entry("ficus.gateway.capabilities.catalog.mode", "SHADOW"),
                entry("ficus.gateway.capabilities.catalog.paths", "/api/catalog/**"),
                entry("ficus.gateway.capabilities.catalog.service-url", "http://localhost:8101"));
        assertThat(traffic.rolloutSteps()).containsExactly(5, 25, 50, 100);
        assertThat(candidate("notifications").traffic().paths()).containsExactly("/api/notifications/**");
    }

    @Test
    void givesEveryChecklistStepACommandThatWorksForTheCandidate() {
        assertThat(candidate("catalog").checklist()).extracting(ChecklistStep::number, ChecklistStep::command)
            .containsExactly(tuple(1, "./ficus analyze shop && ./ficus plan shop"),
                    tuple(2, "./ficus extract catalog --plan ficus-out/plan.json --out services/catalog-service"),
                    tuple(3, "./mvnw -f services/catalog-service verify"),
                    tuple(4, "./ficus migrate-data --plan ficus-out/plan.json --capability catalog"
                            + " --from $MONOLITH_JDBC_URL --to $SERVICE_JDBC_URL"),
                    tuple(5, "./ficus route add catalog --paths '/api/catalog/**' --service-url http://localhost:8101"),
                    tuple(6, "./ficus route set catalog --mode shadow"), tuple(7, "./ficus route rollout catalog"),
                    tuple(8, "./ficus route set catalog --mode service"), tuple(9, "./ficus analyze shop"));
    }

    @Test
    void leavesOutTheTrafficStepsOfACandidateWhosePathsAreAllSharedAndSaysWhy() {
        CandidatePlan catalog = candidate("catalog");

        List<ChecklistStep> steps = Checklist.of("shop", "ficus-out/plan.json", "catalog", catalog.boundary(),
                catalog.data(), catalog.traffic(), false);

        assertThat(steps).extracting(ChecklistStep::command)
            .noneMatch(command -> command.startsWith("./ficus route"))
            .contains("./ficus extract catalog --plan ficus-out/plan.json --out services/catalog-service");
        RoutePaths.Proposal shared = new RoutePaths(
                List.of(new RoutePaths.OwnedPath("orders", "/api/catalog/products/{id}")))
            .of(List.of("/api/catalog/products/{productId}"), "catalog");
        RoutePaths.Proposal actuatorOnly = new RoutePaths(List.of()).of(List.of("/actuator/faults"), "catalog");

        assertThat(shared.routable()).isFalse();
        assertThat(Risks.withoutOwnPaths("catalog", catalog.traffic(), shared)).extracting(Risk::message)
            .containsExactly("no path of catalog can be routed to it alone (see shared-path), so its gateway route"
                    + " /api/catalog/** moves nothing and the checklist leaves shadow and rollout out: give its"
                    + " handlers paths of their own first");
        assertThat(Risks.withoutOwnPaths("catalog", catalog.traffic(), actuatorOnly)).isEmpty();
    }

    @Test
    void leavesOutTheStepsACandidateWithoutTablesOrEndpointsHasNoUseFor() {
        assertThat(candidate("notifications").checklist()).extracting(ChecklistStep::number, ChecklistStep::command)
            .containsExactly(tuple(1, "./ficus analyze shop && ./ficus plan shop"),
                    tuple(2, "./ficus extract notifications --plan ficus-out/plan.json --out"
                            + " services/notifications-service"),
                    tuple(3, "./mvnw -f services/notifications-service verify"), tuple(4, "./ficus analyze shop"));
    }

    @Test
    void namesThePlanWhereItIsWritten() {
        MigrationPlan elsewhere = MigrationPlanner.plan(AnalysisDocuments.read(ShopFixture.ANALYSIS),
                "target/ficus/plan.json");

        assertThat(elsewhere.candidate("orders").orElseThrow().checklist()).extracting(ChecklistStep::command)
            .contains(
                    "./ficus analyze shop --out target/ficus && ./ficus plan shop --analysis"
                            + " target/ficus/analysis.json --out target/ficus",
                    "./ficus analyze shop --out target/ficus",
                    "./ficus extract orders --plan target/ficus/plan.json --out services/orders-service",
                    "./ficus migrate-data --plan target/ficus/plan.json --capability orders"
                            + " --from $MONOLITH_JDBC_URL --to $SERVICE_JDBC_URL")
            .noneMatch(command -> command.contains("contract-tests") || command.contains("scaffold"));
    }

    @Test
    void quotesAPlanPathThatTheShellWouldSplit() {
        MigrationPlan elsewhere = MigrationPlanner.plan(AnalysisDocuments.read(ShopFixture.ANALYSIS),
                "my shop;v2/plan.json");

        assertThat(elsewhere.candidate("orders").orElseThrow().checklist()).extracting(ChecklistStep::command)
            .contains(
                    "./ficus analyze shop --out 'my shop;v2' && ./ficus plan shop --analysis"
                            + " 'my shop;v2/analysis.json' --out 'my shop;v2'",
                    "./ficus extract orders --plan 'my shop;v2/plan.json' --out services/orders-service",
                    "./ficus migrate-data --plan 'my shop;v2/plan.json' --capability orders"
                            + " --from $MONOLITH_JDBC_URL --to $SERVICE_JDBC_URL");
    }

    @Test
    void isDeterministic() {
        MigrationPlan again = MigrationPlanner.plan(AnalysisDocuments.read(ShopFixture.ANALYSIS));
        assertThat(again).isEqualTo(plan);
    }

}
