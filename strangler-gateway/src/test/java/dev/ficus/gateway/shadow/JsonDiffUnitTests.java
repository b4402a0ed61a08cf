package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDiffUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void findsNoDifferenceBetweenEqualDocumentsWhateverTheFieldOrder() {
        assertThat(JsonDiff.between(json("{\"a\":1,\"b\":[1,2]}"), json("{\"b\":[1,2],\"a\":1}"))).isEmpty();
    }

    @Test
    void namesChangedMissingAndAddedFieldsByPath() {
        JsonNode monolith = json("{\"id\":1,\"name\":\"tea\",\"meta\":{\"at\":\"x\"}}");
        JsonNode service = json("{\"id\":2,\"meta\":{\"at\":\"x\",\"by\":\"svc\"}}");

        assertThat(JsonDiff.between(monolith, service)).containsExactly(new FieldDiff("$.id", "1", "2"),
                new FieldDiff("$.meta.by", null, "\"svc\""), new FieldDiff("$.name", "\"tea\"", null));
    }

    @Test
    void writesArrayIndexesAsWildcardsSoNoiseGeneralises() {
        JsonNode monolith = json("{\"items\":[{\"id\":\"a\",\"price\":1},{\"id\":\"b\",\"price\":2}]}");
        JsonNode service = json("{\"items\":[{\"id\":\"a\",\"price\":1},{\"id\":\"b\",\"price\":3}]}");

        assertThat(JsonDiff.between(monolith, service)).containsExactly(new FieldDiff("$.items[*].price", "2", "3"));
    }

    @Test
    void treatsArraysOfDifferentLengthAsOneDifference() {
        assertThat(JsonDiff.between(json("{\"tags\":[1]}"), json("{\"tags\":[1,2]}")))
            .containsExactly(new FieldDiff("$.tags", "[1]", "[1,2]"));
    }

    @Test
    void comparesNumbersByValueType() {
        assertThat(JsonDiff.between(json("{\"n\":1}"), json("{\"n\":\"1\"}")))
            .containsExactly(new FieldDiff("$.n", "1", "\"1\""));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

}
