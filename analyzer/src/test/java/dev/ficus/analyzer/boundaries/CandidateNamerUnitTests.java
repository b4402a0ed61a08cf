package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.work.Progress;
import org.junit.jupiter.api.Test;

class CandidateNamerUnitTests {

    private final BoundarySuggester suggester = BoundarySuggester.of(BoundaryOptions.defaults());

    @Test
    void namesAfterATableWithoutThePrefixEveryTableOfTheCodebaseShares() {
        // message listeners map no paths and name no handler: the tables name the
        // candidates
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String table : new String[] { "order", "user", "cart_item" }) {
            String listener = "x.L" + table.hashCode();
            String service = "x.S" + table.hashCode();
            String entity = "x.E" + table.hashCode();
            graph.entryPoint(listener, EntryPoint.Kind.LISTENER, "queue " + table)
                .calls(listener, service, 3)
                .depends(service, entity, EdgeKind.INSTANTIATION, 2)
                .table(entity, "tb_shop_" + table);
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("order", "user", "cart-item");
    }

    @Test
    void namesAfterATableWithoutTheWordMostTablesOfTheCodebaseBeginWith() {
        // m_ on three tables of four is a naming convention, as on apache/fineract's
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String table : new String[] { "m_loan_charge", "m_business_date", "m_code_value", "acc_gl_account" }) {
            String listener = "x.L" + table.hashCode();
            String entity = "x.E" + table.hashCode();
            graph.entryPoint(listener, EntryPoint.Kind.LISTENER, "queue " + table)
                .depends(listener, entity, EdgeKind.INSTANTIATION, 2)
                .table(entity, table);
        }

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("loan-charge", "business-date", "code-value", "acc-gl-account");
    }

    @Test
    void breaksATieBetweenPathWordsForTheWordItsTablesSay() {
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "GET /index/read")
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "POST /index/write")
            .entryPoint("x.B", EntryPoint.Kind.HTTP, "GET /roles/list")
            .entryPoint("x.B", EntryPoint.Kind.HTTP, "POST /roles/create")
            .calls("x.A", "x.S", 3)
            .calls("x.B", "x.S", 3)
            .depends("x.S", "x.E", EdgeKind.INSTANTIATION, 2)
            .table("x.E", "t_role")
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name).containsExactly("roles");
    }

    @Test
    void namesAfterThePathWordFollowingAnAreaPrefixOfSeveralCandidates() {
        // /admin leads the back office's paths, not the shop's: it names no feature
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String feature : new String[] { "carousels", "orders", "users" }) {
            String controller = "x.C" + feature.hashCode();
            String service = "x.S" + feature.hashCode();
            String entity = "x.E" + feature.hashCode();
            graph.entryPoint(controller, EntryPoint.Kind.HTTP, "GET /admin/" + feature + "/list")
                .entryPoint(controller, EntryPoint.Kind.HTTP, "POST /admin/" + feature + "/save")
                .calls(controller, service, 3)
                .depends(service, entity, EdgeKind.INSTANTIATION, 2)
                .table(entity, "t" + feature.hashCode());
        }
        graph.entryPoint("x.Cart", EntryPoint.Kind.HTTP, "GET /shop-cart")
            .entryPoint("x.Cart", EntryPoint.Kind.HTTP, "POST /shop-cart")
            .calls("x.Cart", "x.CartItems", 3)
            .depends("x.CartItems", "x.CartItem", EdgeKind.INSTANTIATION, 2)
            .table("x.CartItem", "cart_item");

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("carousels", "orders", "users", "shop-cart");
    }

    @Test
    void keepsAFirstPathWordThatLeadsTheWaysIntoTwoCandidatesOnly() {
        // one feature the clustering cut in two rather than an area of the application
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (String page : new String[] { "table", "form" }) {
            String controller = "x.C" + page.hashCode();
            String model = "x.M" + page.hashCode();
            graph.entryPoint(controller, EntryPoint.Kind.HTTP, "GET /demo/" + page + "/list")
                .entryPoint(controller, EntryPoint.Kind.HTTP, "POST /demo/" + page + "/save")
                .calls(controller, model, 3)
                .calls(controller, model + "2", 3);
        }
        graph.entryPoint("x.Cart", EntryPoint.Kind.HTTP, "GET /shop-cart")
            .calls("x.Cart", "x.CartItems", 3)
            .depends("x.CartItems", "x.CartItem", EdgeKind.INSTANTIATION, 2)
            .table("x.CartItem", "cart_item");

        Decomposition decomposition = suggester.suggest(graph.build(), Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name).contains("demo");
    }

    @Test
    void keepsAResourceWordThatPathsFollowWithAnIdentifier() {
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "GET /owners/find")
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "GET /owners/{ownerId}")
            .calls("x.A", "x.S", 3)
            .depends("x.S", "x.E", EdgeKind.INSTANTIATION, 2)
            .table("x.E", "t_a")
            .entryPoint("x.B", EntryPoint.Kind.HTTP, "GET /owners/{ownerId}/pets/new")
            .entryPoint("x.B", EntryPoint.Kind.HTTP, "POST /owners/{ownerId}/pets/new")
            .calls("x.B", "x.T", 3)
            .depends("x.T", "x.F", EdgeKind.INSTANTIATION, 2)
            .table("x.F", "t_b")
            .entryPoint("x.C", EntryPoint.Kind.HTTP, "GET /vets")
            .calls("x.C", "x.U", 3)
            .depends("x.U", "x.G", EdgeKind.INSTANTIATION, 2)
            .table("x.G", "t_c")
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name).contains("owners");
    }

    @Test
    void neverNamesACandidateAfterThePlatformGroup() {
        // a business feature a team called "platform" (the platform its customers use):
        // the next name, its most connected type's, is taken
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "GET /platform/plans")
            .entryPoint("x.A", EntryPoint.Kind.HTTP, "POST /platform/plans")
            .calls("x.A", "x.S", 3)
            .depends("x.S", "x.E", EdgeKind.INSTANTIATION, 2)
            .table("x.E", "platform")
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name).containsExactly("a");
    }

    @Test
    void namesNothingAfterAServletFilterAndADeployableAfterItsApplicationClass() {
        // dromara/RuoYi-Vue-Plus's job server: its application, the filter guarding its
        // actuator and its security configuration (it was named "actuator-auth-filter")
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("shop", "x.OrderController")
            .typeIn("shop", "x.OrderService")
            .typeIn("shop", "x.Order")
            .typeIn("shop", "x.ShopApplication")
            .typeIn("job-server", "y.SnailJobServerApplication")
            .typeIn("job-server", "y.ActuatorAuthFilter")
            .typeIn("job-server", "y.SecurityConfig")
            .entryPoint("x.ShopApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("x.OrderController", EntryPoint.Kind.HTTP, "GET /orders/list")
            .calls("x.OrderController", "x.OrderService", 3)
            .depends("x.OrderService", "x.Order", EdgeKind.INSTANTIATION, 2)
            .table("x.Order", "orders")
            .entryPoint("y.SnailJobServerApplication", EntryPoint.Kind.MAIN, "main")
            .entryPoint("y.ActuatorAuthFilter", EntryPoint.Kind.SERVLET, "filter class ActuatorAuthFilter")
            .depends("y.SnailJobServerApplication", "y.SecurityConfig", EdgeKind.INSTANTIATION, 2)
            .depends("y.SecurityConfig", "y.ActuatorAuthFilter", EdgeKind.INSTANTIATION, 2)
            .build();

        Decomposition decomposition = suggester.suggest(code, Progress.NONE);

        assertThat(decomposition.services()).extracting(CandidateService::name)
            .containsExactlyInAnyOrder("orders", "snail-job-server");
    }

    @Test
    void dropsTheSuffixesOfFrameworksAndDesignPatternsFromATypesName() {
        assertThat(CandidateNamer.withoutTechnicalSuffixes("HandlingEventFactory")).isEqualTo("HandlingEvent");
        assertThat(CandidateNamer.withoutTechnicalSuffixes("OrderServiceImpl")).isEqualTo("Order");
        assertThat(CandidateNamer.withoutTechnicalSuffixes("UserMapper")).isEqualTo("User");
        assertThat(CandidateNamer.withoutTechnicalSuffixes("PriceBuilderAdapter")).isEqualTo("Price");
        assertThat(CandidateNamer.withoutTechnicalSuffixes("Factory")).isEmpty();
    }

}
