package dev.ficus.analyzer.graph.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument.CallSite;
import dev.ficus.analyzer.document.AnalysisDocument.Field;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The methods a client replacing an interface must implement, read from
 * {@code fixtures/inherited-contracts}: its own and those of the interfaces it extends,
 * type arguments put in, and the library interfaces whose methods nobody can list; and
 * the calls {@code Billing} makes on methods {@code OrderStore} inherits.
 */
class InheritedMethodsUnitTests {

    private static final String BILLING = "src/main/java/shop/billing/Billing.java";

    private final CallSites callSites = new CallSites(new SourceIndex(SourceReader
        .read(SourceRequest.of(Path.of("src/test/resources/fixtures/inherited-contracts")), Progress.NONE)));

    @Test
    void listsTheMethodsAnInterfaceInheritsWithItsTypeArgumentsPutIn() {
        CalledType orders = callSites.calledType("shop.orders.OrderStore", "interface").orElseThrow();

        assertThat(orders.methods()).containsExactly(method("find", "Order", new Field("id", "Long")),
                method("countOpen", "long"), method("findAll", "List<Order>", new Field("ids", "List<Long>")),
                new CalledType.Method("saveAll", "List<S>", List.of(new Field("items", "List<S>")),
                        List.of("S extends Order")),
                method("lastChanged", "Instant", new Field("who", "String")),
                method("note", "void", new Field("lines", "String...")));
        assertThat(orders.undeclaredSupertypes()).isEmpty();
    }

    @Test
    void countsAMethodTheNearerInterfaceDeclaresAgainOnceHoweverItsTypesAreWritten() {
        CalledType qualified = callSites.calledType("shop.orders.QualifiedStore", "interface").orElseThrow();

        assertThat(qualified.methods()).extracting(CalledType.Method::name)
            .containsExactly("find", "findAll", "save", "saveAll");
        assertThat(qualified.methods().get(2)).isEqualTo(method("save", "void", new Field("item", "String")));
        assertThat(qualified.undeclaredSupertypes()).as("Serializable declares no method").isEmpty();
    }

    @Test
    void bindsTheTypeVariablesOfARawUseToObject() {
        CalledType raw = callSites.calledType("shop.orders.RawStore", "interface").orElseThrow();

        assertThat(raw.methods()).startsWith(method("find", "Object", new Field("id", "Object")));
    }

    @Test
    void findsTheInterfacesANestedInterfaceExtendsInItsFilesPackage() {
        CalledType inner = callSites.calledType("shop.orders.Outer.Inner", "interface").orElseThrow();

        assertThat(inner.undeclaredSupertypes()).isEmpty();
        assertThat(inner.methods()).extracting(CalledType.Method::name)
            .containsExactly("convert", "find", "findAll", "save", "saveAll");
        assertThat(inner.methods().get(0).returnType()).as("a method's own type variable is left alone").isEqualTo("R");
    }

    @Test
    void importsWhatTheInheritedSignaturesUse() {
        CalledType orders = callSites.calledType("shop.orders.OrderStore", "interface").orElseThrow();

        assertThat(orders.imports()).containsExactly("shop.orders.*", "shop.audit.Audited", "java.util.List",
                "shop.audit.*", "java.time.Instant");
        assertThat(orders.methods()).as("the default save of OrderStore hides Store's abstract one")
            .extracting(CalledType.Method::name)
            .doesNotContain("save", "exists");
    }

    @Test
    void namesTheExtendedInterfacesTheSourcesDoNotDeclare() {
        CalledType users = callSites.calledType("shop.users.UserMapper", "interface").orElseThrow();

        assertThat(users.undeclaredSupertypes()).containsExactly("BaseMapper<User>");
        assertThat(users.methods()).extracting(CalledType.Method::name)
            .containsExactly("byName", "find", "findAll", "save", "saveAll");
        assertThat(users.methods().get(1)).isEqualTo(method("find", "User", new Field("id", "String")));
    }

    @Test
    void listsNoMethodsForAClass() {
        CalledType order = callSites.calledType("shop.orders.Order", "record").orElseThrow();

        assertThat(order.methods()).isEmpty();
        assertThat(order.undeclaredSupertypes()).isEmpty();
    }

    @Test
    void recordsACallOfAnInheritedMethodAsACallOnTheObjectsOwnTypeWithItsTypeArgumentsPutIn() {
        assertThat(callSites.callsAt(new SourceLocation(BILLING, 16), "shop.orders.OrderStore"))
            .containsExactly(new CallSites.Call("findAll", 1, true, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(BILLING, 24), "shop.orders.OrderStore"))
            .as("a method reference to a default method the object inherits")
            .containsExactly(new CallSites.Call("exists", 1, true, List.of(), CallSite.ON_FIELD));
        assertThat(callSites.callsAt(new SourceLocation(BILLING, 28), "shop.orders.OrderStore"))
            .as("on the value of a call: its type is what the graph found")
            .containsExactly(new CallSites.Call("findAll", 1, true, List.of(), CallSite.ON_RESULT));
        assertThat(callSites.callsAt(new SourceLocation(BILLING, 32), "shop.orders.OrderStore"))
            .as("Object's toString is no call the bean could serve")
            .isEmpty();

        assertThat(callSites.operation("shop.orders.OrderStore", "findAll", 1)).hasValueSatisfying(findAll -> {
            assertThat(findAll.type()).isEqualTo("shop.orders.OrderStore");
            assertThat(findAll.parameters()).containsExactly(new Field("ids", "List<Long>"));
            assertThat(findAll.returnType()).isEqualTo("List<Order>");
        });
        assertThat(callSites.operation("shop.orders.OrderStore", "find", 1)).as("the nearer declaration")
            .hasValueSatisfying(find -> assertThat(find.parameters()).containsExactly(new Field("id", "Long")));
        assertThat(callSites.operation("shop.orders.OrderStore", "saveAll", 1))
            .as("the method's own type variable is its bound to a caller that does not know it")
            .hasValueSatisfying(saveAll -> {
                assertThat(saveAll.parameters()).containsExactly(new Field("items", "List<? extends Order>"));
                assertThat(saveAll.returnType()).isEqualTo("List<? extends Order>");
            });
        assertThat(callSites.operation("shop.orders.Outer.Inner", "convert", 2)).hasValueSatisfying(convert -> {
            assertThat(convert.parameters()).containsExactly(new Field("order", "Order"),
                    new Field("type", "Class<?>"));
            assertThat(convert.returnType()).isEqualTo("Object");
        });
        assertThat(callSites.operation("shop.orders.RawStore", "find", 1))
            .hasValueSatisfying(find -> assertThat(find.returnType()).isEqualTo("Object"));
    }

    private static CalledType.Method method(String name, String returnType, Field... parameters) {
        return new CalledType.Method(name, returnType, List.of(parameters), List.of());
    }

}
