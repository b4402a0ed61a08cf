package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Library modules that keep no table and answer no request are platform code (dromara's
 * RuoYi-Vue-Plus {@code ruoyi-common-encrypt}, {@code ruoyi-common-excel}); a module's
 * published contract ({@code yudao-module-trade-api}) is not.
 */
class LibraryModulesUnitTests {

    private static final String SHOP = "shop.";

    @Test
    void takesTheTypesOfLibraryModulesThatDoNoWorkForThePlatform() {
        assertThat(new LibraryModules(modular(), Set.of()).types()).containsExactly(SHOP + "common.Dates",
                SHOP + "common.StringTools", SHOP + "crypto.CryptoFilter");
    }

    @Test
    void takesAStarterModuleThatAnswersRequestsButKeepsNoTable() {
        // RuoYi-Vue-Plus's ruoyi-common-sse: an auto-configured push endpoint every
        // application linking it gets
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("app", SHOP + "app.App")
            .entryPoint(SHOP + "app.App", EntryPoint.Kind.MAIN, "main")
            .typeIn("app", SHOP + "orders.Order")
            .table(SHOP + "orders.Order", "orders")
            .typeIn("sse", SHOP + "sse.SseAutoConfiguration", TypeNode.Kind.CLASS, "AutoConfiguration")
            .typeIn("sse", SHOP + "sse.SseController")
            .entryPoint(SHOP + "sse.SseController", EntryPoint.Kind.HTTP, "GET /sse")
            .typeIn("audit", SHOP + "audit.AuditAutoConfiguration", TypeNode.Kind.CLASS, "AutoConfiguration")
            .typeIn("audit", SHOP + "audit.AuditLog")
            .table(SHOP + "audit.AuditLog", "audit_log")
            .build();

        assertThat(new LibraryModules(code, Set.of()).types()).containsExactly(SHOP + "sse.SseAutoConfiguration",
                SHOP + "sse.SseController");
    }

    @Test
    void callsALibraryInterfaceImplementedOutsideItsPackageAPortOfTheLibrary() {
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("common", SHOP + "common.UserLookup", TypeNode.Kind.INTERFACE)
            .typeIn("app", SHOP + "users.UserLookupImpl")
            .depends(SHOP + "users.UserLookupImpl", SHOP + "common.UserLookup", EdgeKind.INHERITANCE, 1)
            // a plugin API's interface implemented below its own package (halo's
            // core.user.service.UserService and core.user.service.impl.UserServiceImpl)
            .typeIn("api", SHOP + "users.service.UserDirectory", TypeNode.Kind.INTERFACE)
            .typeIn("app", SHOP + "users.service.impl.DefaultUserDirectory")
            .depends(SHOP + "users.service.impl.DefaultUserDirectory", SHOP + "users.service.UserDirectory",
                    EdgeKind.INHERITANCE, 1)
            // implemented by the library itself
            .typeIn("common", SHOP + "common.Codec", TypeNode.Kind.INTERFACE)
            .typeIn("common", SHOP + "common.Base64Codec")
            .depends(SHOP + "common.Base64Codec", SHOP + "common.Codec", EdgeKind.INHERITANCE, 1)
            .build();
        Set<String> library = Set.of(SHOP + "common.UserLookup", SHOP + "users.service.UserDirectory",
                SHOP + "common.Codec", SHOP + "common.Base64Codec");

        assertThat(new LibraryModules(code, Set.of()).ports(library)).containsExactly(SHOP + "common.UserLookup");
    }

    @Test
    void takesNoModuleOfACodebaseWithOneModule() {
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("app", SHOP + "app.App")
            .entryPoint(SHOP + "app.App", EntryPoint.Kind.MAIN, "main")
            .typeIn("app", SHOP + "common.StringTools")
            .build();

        assertThat(new LibraryModules(code, Set.of()).types()).isEmpty();
    }

    @Test
    void takesNoModuleOfACodebaseWithoutAnApplication() {
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("orders", SHOP + "orders.Orders")
            .table(SHOP + "orders.Orders", "orders")
            .typeIn("common", SHOP + "common.StringTools")
            .build();

        assertThat(new LibraryModules(code, Set.of()).types()).isEmpty();
    }

    @Test
    void takesNoModuleOfACodebaseWhereNoTypeWorks() {
        CodeGraph code = CodeGraphFixture.builder()
            .typeIn("app", SHOP + "app.App")
            .entryPoint(SHOP + "app.App", EntryPoint.Kind.MAIN, "main")
            .typeIn("common", SHOP + "common.StringTools")
            .build();

        assertThat(new LibraryModules(code, Set.of()).types()).isEmpty();
    }

    /**
     * An application module with the orders feature, a module of its published types, a
     * common module, a module relaying messages and a module of a servlet filter.
     */
    private static CodeGraph modular() {
        return CodeGraphFixture.builder()
            .typeIn("app", SHOP + "app.App")
            .entryPoint(SHOP + "app.App", EntryPoint.Kind.MAIN, "main")
            .typeIn("app", SHOP + "orders.web.OrderController")
            .entryPoint(SHOP + "orders.web.OrderController", EntryPoint.Kind.HTTP, "GET /orders")
            .typeIn("app", SHOP + "orders.dal.Order")
            .table(SHOP + "orders.dal.Order", "orders")
            .typeIn("orders-api", SHOP + "orders.api.OrderStatus")
            .typeIn("common", SHOP + "common.StringTools")
            .typeIn("common", SHOP + "common.Dates")
            .typeIn("mq", SHOP + "mq.Relay")
            .entryPoint(SHOP + "mq.Relay", EntryPoint.Kind.LISTENER, "OrderPlaced")
            .typeIn("crypto", SHOP + "crypto.CryptoFilter")
            .entryPoint(SHOP + "crypto.CryptoFilter", EntryPoint.Kind.SERVLET, "filter class CryptoFilter")
            .build();
    }

}
