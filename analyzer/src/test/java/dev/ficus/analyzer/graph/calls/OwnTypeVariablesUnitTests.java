package dev.ficus.analyzer.graph.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;

/**
 * The types of a generic method's signature as a caller that does not know its type
 * variables sees them: what an endpoint and a request record are written with.
 */
class OwnTypeVariablesUnitTests {

    private static String erased(String method) {
        MethodDeclaration declaration = StaticJavaParser.parseMethodDeclaration(method);
        return OwnTypeVariables.erase(declaration, declaration.getType().asString(),
                bound -> bound.replace("T", "Order"));
    }

    @Test
    void replacesAVariableThatIsTheWholeTypeByItsBoundWithTheDeclaringTypesArgumentsPutIn() {
        assertThat(erased("<S extends T> S save(S item);")).isEqualTo("Order");
        assertThat(erased("<S extends T> S[] all();")).isEqualTo("Order[]");
        assertThat(erased("<R> R convert(Class<R> type);")).isEqualTo("Object");
        assertThat(erased("<S extends Comparable<S>> S max();")).as("a bound naming the variable: its raw type")
            .isEqualTo("Comparable");
    }

    @Test
    void writesAVariableThatIsATypeArgumentOfTheWholeAsAWildcardUpToItsBound() {
        assertThat(erased("<S extends T> List<S> saveAll();")).isEqualTo("List<? extends Order>");
        assertThat(erased("<R> Class<R> type();")).isEqualTo("Class<?>");
        assertThat(erased("<K, V extends List<K>> Map<K, V> index();")).isEqualTo("Map<?, ? extends List>");
        assertThat(erased("<S> Map<String, S> byName();")).isEqualTo("Map<String, ?>");
    }

    @Test
    void leavesTheRawTypeWhereTheVariableSitsDeeperOrBelowAWildcard() {
        assertThat(erased("<S extends T> Map<String, List<S>> group();")).isEqualTo("Map");
        assertThat(erased("<S> List<? super S> sink();")).isEqualTo("List");
        assertThat(erased("<S extends T> List<S[]> arrays();")).isEqualTo("List");
    }

    @Test
    void leavesTypesThatNameNoneOfTheMethodsOwnVariablesAsWritten() {
        assertThat(erased("<T> String describe(T value);")).isEqualTo("String");
        assertThat(erased("<T> TÜbersicht overview(T value);")).isEqualTo("TÜbersicht");
        assertThat(erased("List<String> names();")).isEqualTo("List<String>");
    }

}
