package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Helpers several clusters use leave them with the values, helpers and framework adapters
 * they need (elunez/eladmin's {@code StringUtils} with its {@code SpringBeanHolder}),
 * never with a domain type.
 */
class SharedHelpersUnitTests {

    private static final String ORDERS = "shop.orders.";

    private static final String BILLING = "shop.billing.";

    @Test
    void takesAlongTheValuesHelpersAndFrameworkAdaptersAHelperNeeds() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(ORDERS + "Orders", ORDERS + "StringUtils", 2)
            .calls(BILLING + "Billing", ORDERS + "StringUtils", 1)
            .calls(ORDERS + "StringUtils", ORDERS + "BeanHolder", 1)
            .calls(ORDERS + "StringUtils", ORDERS + "Scope", 1)
            .calls(ORDERS + "Orders", ORDERS + "BeanHolder", 1)
            .type(ORDERS + "Scope", TypeNode.Kind.ENUM)
            .implementing(ORDERS + "BeanHolder", "org.springframework.context.ApplicationContextAware")
            .build();

        assertThat(new SharedHelpers(code, clusters()).find()).containsExactly(ORDERS + "BeanHolder", ORDERS + "Scope",
                ORDERS + "StringUtils");
    }

    @Test
    void takesAClassOfStaticMembersOnlyForAHelperWithTheAnnotationsItReads() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(ORDERS + "Orders", ORDERS + "QueryHelp", 2)
            .calls(BILLING + "Billing", ORDERS + "QueryHelp", 1)
            .calls(ORDERS + "QueryHelp", ORDERS + "Query", 1)
            .calls(ORDERS + "Orders", ORDERS + "Query", 1)
            .utilityClass(ORDERS + "QueryHelp")
            .type(ORDERS + "Query", TypeNode.Kind.ANNOTATION)
            .build();

        assertThat(new SharedHelpers(code,
                List.of(Set.of(ORDERS + "Orders", ORDERS + "QueryHelp", ORDERS + "Query"), Set.of(BILLING + "Billing")))
            .find()).containsExactly(ORDERS + "Query", ORDERS + "QueryHelp");
    }

    @Test
    void leavesAHelperThatNeedsADomainTypeWhereItIs() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(ORDERS + "Orders", ORDERS + "SecurityUtils", 2)
            .calls(BILLING + "Billing", ORDERS + "SecurityUtils", 1)
            .calls(ORDERS + "SecurityUtils", ORDERS + "User", 1)
            .calls(BILLING + "Billing", ORDERS + "User", 1)
            .build();

        assertThat(new SharedHelpers(code, clusters()).find()).isEmpty();
    }

    @Test
    void leavesAHelperOneClusterUsesWhereItIs() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(ORDERS + "Orders", ORDERS + "StringUtils", 2)
            .calls(BILLING + "Billing", BILLING + "Invoices", 1)
            .build();

        assertThat(new SharedHelpers(code, clusters()).find()).isEmpty();
    }

    private static List<Set<String>> clusters() {
        return List.of(Set.of(ORDERS + "Orders", ORDERS + "StringUtils", ORDERS + "SecurityUtils",
                ORDERS + "BeanHolder", ORDERS + "Scope", ORDERS + "User"),
                Set.of(BILLING + "Billing", BILLING + "Invoices"));
    }

}
