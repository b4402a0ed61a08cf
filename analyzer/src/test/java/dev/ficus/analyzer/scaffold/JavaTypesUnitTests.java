package dev.ficus.analyzer.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JavaTypesUnitTests {

    private final SortedSet<String> imports = new TreeSet<>();

    @Test
    void boxesPrimitivesSoMissingJsonIsNull() {
        assertThat(JavaTypes.map("long", imports)).isEqualTo("Long");
        assertThat(JavaTypes.map("boolean", imports)).isEqualTo("Boolean");
        assertThat(imports).isEmpty();
    }

    @Test
    void keepsJdkValueTypesWithTheirImports() {
        assertThat(JavaTypes.map("java.math.BigDecimal", imports)).isEqualTo("BigDecimal");
        assertThat(JavaTypes.map("Instant", imports)).isEqualTo("Instant");
        assertThat(imports).containsExactly("java.math.BigDecimal", "java.time.Instant");
    }

    @Test
    void mapsCollectionsArraysAndOptionalsByElement() {
        assertThat(JavaTypes.map("Set<Long>", imports)).isEqualTo("List<Long>");
        assertThat(JavaTypes.map("int[]", imports)).isEqualTo("List<Integer>");
        assertThat(JavaTypes.map("Optional<String>", imports)).isEqualTo("String");
        assertThat(imports).containsExactly("java.util.List");
    }

    @Test
    void turnsTheMonolithsOwnTypesIntoJsonNodes() {
        assertThat(JavaTypes.map("ProductDto", imports)).isEqualTo("JsonNode");
        assertThat(JavaTypes.map("Map<String, ProductDto>", imports)).isEqualTo("JsonNode");
        assertThat(imports).containsExactly("tools.jackson.databind.JsonNode");
    }

}
