package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonDifferencesUnitTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void reportsChangedAbsentAndExtraFieldsWithTheirPaths() {
        JsonNode left = json.readTree("{\"id\":1,\"price\":{\"amount\":12.5},\"tags\":[\"a\",\"b\"],\"gone\":true}");
        JsonNode right = json.readTree("{\"id\":2,\"price\":{\"amount\":12.50},\"tags\":[\"a\",\"c\"],\"new\":0}");

        assertThat(JsonDifferences.between(left, right)).containsExactly("$.gone: true vs (absent)", "$.id: 1 vs 2",
                "$.new: (absent) vs 0", "$.tags[1]: \"b\" vs \"c\"");
    }

    @Test
    void ignoresVolatileFieldsAtAnyDepth() {
        JsonNode left = json.readTree("{\"status\":404,\"timestamp\":\"2026-01-01\",\"x\":{\"occurredAt\":1}}");
        JsonNode right = json.readTree("{\"status\":404,\"timestamp\":\"2027-01-01\",\"x\":{\"occurredAt\":2}}");

        assertThat(JsonDifferences.between(left, right)).isEmpty();
    }

    @Test
    void reportsArraysOfDifferentLength() {
        assertThat(JsonDifferences.between(json.readTree("[1,2,3]"), json.readTree("[1,2]")))
            .containsExactly("$: 3 elements vs 2");
    }

}
