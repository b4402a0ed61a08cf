package dev.ficus.analyzer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import dev.ficus.analyzer.source.ParsedFile;
import org.junit.jupiter.api.Test;

/**
 * A class of static methods only is a utility class whatever its name; a class of
 * constants only holds values, as an enum does.
 */
class TypeNodesUnitTests {

    @Test
    void takesAClassOfStaticMethodsAndFieldsForAUtilityClass() {
        assertThat(node("""
                public final class QueryHelp {
                    private static final int LIMIT = 10;
                    private QueryHelp() {
                    }
                    public static String where(String column) {
                        return column + " = ?";
                    }
                }
                """).utilityClass()).isTrue();
    }

    @Test
    void takesAClassOfConstantsOnlyForNoUtilityClass() {
        assertThat(node("""
                public class ElConstant {
                    public static final String WIN = "win";
                }
                """).utilityClass()).isFalse();
    }

    @Test
    void takesAClassWithAnInstanceMethodForNoUtilityClass() {
        assertThat(node("""
                public class Pages {
                    public static int size() {
                        return 10;
                    }
                    public int page() {
                        return 1;
                    }
                }
                """).utilityClass()).isFalse();
    }

    private static TypeNode node(String source) {
        CompilationUnit unit = StaticJavaParser.parse(source);
        ParsedFile file = new ParsedFile("X.java", unit, 5);
        return TypeNodes.of(unit.getType(0).getNameAsString(), unit.getType(0), file);
    }

}
