package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Clusters joined by the namespace of their tables (macrozheng/mall's {@code pms_},
 * {@code oms_}), only where the schema has namespaces and packages do not already tell
 * the clusters apart.
 */
class TableNamespacesUnitTests {

    private static final String CONTROLLER = "shop.controller.";

    private static final String MAPPER = "shop.mapper.";

    @Test
    void joinsTheFeaturesOfALayeredCodebaseWhoseTablesShareANamespace() {
        CodeGraph code = layered("pms_brand", "pms_product", "oms_order", "oms_order_item");

        List<SortedSet<String>> joined = join(code, "Brand", "Product", "Order", "OrderItem");

        assertThat(joined).containsExactly(types("Brand", "Product"), types("Order", "OrderItem"));
    }

    @Test
    void leavesClustersAloneWhenTheSchemaHasOneNamespaceOnly() {
        CodeGraph code = layered("pms_brand", "pms_product", "orders", "payments");

        assertThat(join(code, "Brand", "Product", "Order", "OrderItem")).hasSize(4);
    }

    @Test
    void takesAWordMostTablesShareForANamingConventionNotAModule() {
        CodeGraph code = layered("t_brand", "t_product", "t_order", "t_order_item", "t_return", "pms_sku", "pms_stock");

        assertThat(join(code, "Brand", "Product", "Order", "OrderItem"))
            .as("t_ names five of seven tables: no module, and pms_ alone divides nothing")
            .hasSize(4);
    }

    @Test
    void takesAWordOnHalfTheTablesForAModuleWhenOthersDivideTheRest() {
        CodeGraph code = layered("sys_brand", "sys_product", "mnt_order", "mnt_order_item", "sys_user", "sys_role",
                "sys_dept", "tool_mail", "tool_storage");

        assertThat(join(code, "Brand", "Product", "Order", "OrderItem"))
            .as("sys_ names five of nine tables, as elunez/eladmin's names 14 of 27")
            .containsExactly(types("Brand", "Product"), types("Order", "OrderItem"));
    }

    @Test
    void keepsFeaturesApartThatTheirPackagesAlreadyTellApart() {
        CodeGraph code = CodeGraphFixture.builder()
            .entryPoint("shop.modules.system.rest.UserController", EntryPoint.Kind.HTTP, "GET /users")
            .table("shop.modules.system.rest.UserController", "sys_user")
            .entryPoint("shop.modules.system.rest.RoleController", EntryPoint.Kind.HTTP, "GET /roles")
            .table("shop.modules.system.rest.RoleController", "sys_role")
            .entryPoint("shop.modules.quartz.rest.JobController", EntryPoint.Kind.HTTP, "GET /jobs")
            .table("shop.modules.quartz.rest.JobController", "sys_quartz_job")
            .table("shop.modules.maint.rest.AppController", "mnt_app")
            .table("shop.modules.maint.rest.AppController", "mnt_server")
            .table("shop.modules.maint.rest.AppController", "mnt_deploy")
            .build();

        List<SortedSet<String>> joined = new TableNamespaces(code, DeployableModules.of(code)).join(
                List.of(set("shop.modules.system.rest.UserController"), set("shop.modules.system.rest.RoleController"),
                        set("shop.modules.quartz.rest.JobController"), set("shop.modules.maint.rest.AppController")));

        assertThat(joined).containsExactly(
                set("shop.modules.system.rest.RoleController", "shop.modules.system.rest.UserController"),
                set("shop.modules.quartz.rest.JobController"), set("shop.modules.maint.rest.AppController"));
    }

    /**
     * One controller and one mapper per feature, the controllers in one package, each
     * feature's mapper reading the table given in order.
     */
    private static CodeGraph layered(String... tables) {
        String[] features = { "Brand", "Product", "Order", "OrderItem" };
        CodeGraphFixture graph = CodeGraphFixture.builder();
        for (int k = 0; k < features.length; k++) {
            graph.entryPoint(CONTROLLER + features[k] + "Controller", EntryPoint.Kind.HTTP, "GET /" + features[k])
                .table(MAPPER + features[k] + "Mapper", tables[k]);
        }
        for (int k = features.length; k < tables.length; k++) {
            graph.table(MAPPER + "Other" + k + "Mapper", tables[k]);
        }
        return graph.build();
    }

    private static List<SortedSet<String>> join(CodeGraph code, String... features) {
        List<SortedSet<String>> clusters = Arrays.stream(features).map(TableNamespacesUnitTests::types).toList();
        return new TableNamespaces(code, DeployableModules.of(code)).join(clusters);
    }

    /** The controller and mapper of each feature. */
    private static SortedSet<String> types(String... features) {
        SortedSet<String> types = new TreeSet<>();
        for (String feature : features) {
            types.add(CONTROLLER + feature + "Controller");
            types.add(MAPPER + feature + "Mapper");
        }
        return types;
    }

    private static SortedSet<String> set(String... types) {
        return new TreeSet<>(List.of(types));
    }

}
