package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeployableModulesUnitTests {

    private static TypeNode node(String name, String file) {
        return new TypeNode(name, file, 10, Set.of(), TypeNode.Kind.CLASS);
    }

    @Test
    void findsTheModuleFolderAboveTheSourceRoot() {
        assertThat(DeployableModules
            .moduleOf(node("com.acme.orders.Order", "orders/src/main/java/com/acme/orders/Order.java")))
            .isEqualTo("orders");
        assertThat(DeployableModules.moduleOf(
                node("smpl.ordering.Utility", "src/Backend/OrderService/src/main/java/smpl/ordering/Utility.java")))
            .isEqualTo("src/Backend/OrderService");
        assertThat(DeployableModules.moduleOf(node("com.acme.Shop", "src/main/java/com/acme/Shop.java"))).isEmpty();
        assertThat(DeployableModules.moduleOf(node("com.acme.Shop", "com/acme/Shop.java"))).isEmpty();
    }

    @Test
    void drawsNoBoundaryInACodebaseWithOneApplication() {
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("com.acme.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .calls("com.acme.orders.OrderService", "com.acme.catalog.Catalog", 2)
            .build();

        DeployableModules deployables = DeployableModules.of(code);

        assertThat(deployables.split()).isFalse();
        assertThat(deployables.deployableOf("com.acme.orders.OrderService")).isEmpty();
    }

    @Test
    void keepsEachApplicationOfASplitCodebaseASeparateCandidateWithItsOwnWiring() {
        CodeGraph code = GraphBuilder.build(SourceReader.read(SourceRequest.of(Fixtures.of("mongo")), Progress.NONE),
                EdgeWeights.defaults(), Progress.NONE);

        DeployableModules deployables = DeployableModules.of(code);
        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);

        assertThat(deployables.deployableOf("com.acme.stats.DataPoint")).contains("stats");
        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.accounts.Account", "com.acme.accounts.AccountController",
                        "com.acme.accounts.AccountRepository", "com.acme.accounts.AccountsApplication"),
                Set.of("com.acme.registry.RegistryApplication"),
                Set.of("com.acme.stats.DataPoint", "com.acme.stats.DataPointRepository",
                        "com.acme.stats.StatisticsController", "com.acme.stats.StatsApplication"));
        assertThat(decomposition.platform().types()).isEmpty();
    }

    @Test
    void letsLibraryTypesJoinTheApplicationThatUsesThemButNeverJoinsTwoApplications() {
        CodeGraph code = webAndBatchOverALibrary().calls("com.acme.batch.Importer", "com.acme.core.Order", 1)
            .calls("com.acme.batch.BatchApplication", "com.acme.batch.Importer", 1)
            .calls("com.acme.web.WebApplication", "com.acme.web.OrderController", 1)
            .build();

        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);

        assertThat(DeployableModules.of(code).deployableOf("com.acme.core.Order")).isEmpty();
        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.web.WebApplication", "com.acme.web.OrderController", "com.acme.core.Order",
                        "com.acme.core.OrderRepository"),
                Set.of("com.acme.batch.BatchApplication", "com.acme.batch.Importer", "com.acme.batch.Parser"));
    }

    @Test
    void putsAnApplicationClassWithItsOnlyCandidateWhoseFirstTypeComesFromALibrary() {
        // the application classes reference nothing; the web candidate's first type by
        // name is the library's Order
        CodeGraph code = webAndBatchOverALibrary().build();

        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);

        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.web.WebApplication", "com.acme.web.OrderController", "com.acme.core.Order",
                        "com.acme.core.OrderRepository"),
                Set.of("com.acme.batch.BatchApplication", "com.acme.batch.Importer", "com.acme.batch.Parser"));
    }

    @Test
    void keepsAnApplicationsConfigurationWithItsOwnCandidateWhenItReadsALibraryAnotherApplicationHolds() {
        // mall-demo's SecurityConfig reads the generated admin mappers mall-admin's
        // candidate holds, and builds one type of its own
        CodeGraph code = webAndBatchOverALibrary().typeIn("batch", "com.acme.batch.BatchSecurityConfig")
            .calls("com.acme.batch.BatchSecurityConfig", "com.acme.core.OrderRepository", 4)
            .calls("com.acme.batch.BatchSecurityConfig", "com.acme.batch.Parser", 1)
            .build();

        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);

        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.web.WebApplication", "com.acme.web.OrderController", "com.acme.core.Order",
                        "com.acme.core.OrderRepository"),
                Set.of("com.acme.batch.BatchApplication", "com.acme.batch.Importer", "com.acme.batch.Parser",
                        "com.acme.batch.BatchSecurityConfig"));
    }

    @Test
    void putsAnApplicationThatStartsTheOthersFromTheirBasePackageInThePlatform() {
        // 'all' packages every module in one war, scanning them from com.acme; the
        // config server is an application of its own
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("all", "com.acme.AllInOneApplication")
            .typeIn("config", "com.acme.config.ConfigServerApplication")
            .typeIn("web", "com.acme.web.WebApplication")
            .typeIn("web", "com.acme.web.OrderController")
            .typeIn("web", "com.acme.web.OrderRepository")
            .typeIn("web", "com.acme.web.Order")
            .typeIn("batch", "com.acme.batch.BatchApplication")
            .typeIn("batch", "com.acme.batch.Importer")
            .typeIn("batch", "com.acme.batch.Parser")
            .entryPoint("com.acme.AllInOneApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.config.ConfigServerApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.web.WebApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.batch.BatchApplication", EntryPoint.Kind.MAIN, "main")
            .calls("com.acme.web.OrderController", "com.acme.web.OrderRepository", 3)
            .calls("com.acme.web.OrderRepository", "com.acme.web.Order", 3)
            .calls("com.acme.batch.Importer", "com.acme.batch.Parser", 3)
            .build();

        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);

        assertThat(decomposition.platform().types()).containsExactly("com.acme.AllInOneApplication");
        assertThat(decomposition.partition()).containsExactlyInAnyOrder(
                Set.of("com.acme.web.WebApplication", "com.acme.web.OrderController", "com.acme.web.OrderRepository",
                        "com.acme.web.Order"),
                Set.of("com.acme.batch.BatchApplication", "com.acme.batch.Importer", "com.acme.batch.Parser"),
                Set.of("com.acme.config.ConfigServerApplication"));
    }

    @Test
    void takesAModuleAnotherApplicationUsesForALibraryWhateverMainItHolds() {
        // mall-mbg: MyBatis Generator's tool main next to the mappers both applications
        // use
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("admin", "com.acme.admin.AdminApplication")
            .typeIn("admin", "com.acme.admin.BrandService")
            .typeIn("portal", "com.acme.portal.PortalApplication")
            .typeIn("portal", "com.acme.portal.HomeService")
            .typeIn("generated", "com.acme.generated.Generator")
            .typeIn("generated", "com.acme.generated.BrandMapper")
            .entryPoint("com.acme.admin.AdminApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.portal.PortalApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.generated.Generator", EntryPoint.Kind.MAIN, "main")
            .calls("com.acme.admin.BrandService", "com.acme.generated.BrandMapper", 3)
            .calls("com.acme.portal.HomeService", "com.acme.generated.BrandMapper", 1)
            .build();

        DeployableModules deployables = DeployableModules.of(code);

        assertThat(deployables.deployableOf("com.acme.generated.BrandMapper")).isEmpty();
        assertThat(deployables.deployableOf("com.acme.admin.BrandService")).contains("admin");
        assertThat(deployables.deployableOf("com.acme.portal.HomeService")).contains("portal");
    }

    /**
     * Two applications, web and batch, and a library module {@code core} whose order web
     * uses.
     */
    private static CodeGraphFixture webAndBatchOverALibrary() {
        return CodeGraphFixture.builder()
            .typeIn("web", "com.acme.web.WebApplication")
            .typeIn("web", "com.acme.web.OrderController")
            .typeIn("core", "com.acme.core.Order")
            .typeIn("core", "com.acme.core.OrderRepository")
            .typeIn("batch", "com.acme.batch.BatchApplication")
            .typeIn("batch", "com.acme.batch.Importer")
            .typeIn("batch", "com.acme.batch.Parser")
            .entryPoint("com.acme.web.WebApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("com.acme.batch.BatchApplication", EntryPoint.Kind.MAIN, "main")
            .calls("com.acme.web.OrderController", "com.acme.core.OrderRepository", 3)
            .calls("com.acme.web.OrderController", "com.acme.core.Order", 3)
            .calls("com.acme.core.OrderRepository", "com.acme.core.Order", 3)
            .calls("com.acme.batch.Importer", "com.acme.batch.Parser", 3);
    }

}
