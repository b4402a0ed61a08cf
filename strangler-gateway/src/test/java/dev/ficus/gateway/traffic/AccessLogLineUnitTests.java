package dev.ficus.gateway.traffic;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written access log line is valid JSON with every field, whatever the values
 * hold.
 */
class AccessLogLineUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesEveryFieldAsJson() {
        JsonNode line = JSON
            .readTree(AccessLogFilter.line("2026-11-25T12:00:00Z", "GET", "/api/catalog/products/1", 200, 1.25,
                    "catalog", "service", "strangler-gateway", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"));

        assertThat(line.get("time").asString()).isEqualTo("2026-11-25T12:00:00Z");
        assertThat(line.get("method").asString()).isEqualTo("GET");
        assertThat(line.get("path").asString()).isEqualTo("/api/catalog/products/1");
        assertThat(line.get("status").asInt()).isEqualTo(200);
        assertThat(line.get("durationMs").asDouble()).isEqualTo(1.25);
        assertThat(line.get("capability").asString()).isEqualTo("catalog");
        assertThat(line.get("servedBy").asString()).isEqualTo("service");
        assertThat(line.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.get("spanId").asString()).isEqualTo("00f067aa0ba902b7");
        // the keys of the ECS lines the other processes write
        assertThat(line.at("/service/name").asString()).isEqualTo("strangler-gateway");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndWritesMissingValuesAsNull() {
        String path = "/odd\"path\\with\ttab\u0001";

        JsonNode line = JSON
            .readTree(AccessLogFilter.line("t", "GET", path, null, 0.0001, null, null, "gw", null, null));

        assertThat(line.get("path").asString()).isEqualTo(path);
        assertThat(line.get("status").isNull()).isTrue();
        assertThat(line.get("durationMs").asDouble()).isEqualTo(0.0001);
        assertThat(line.get("capability").isNull()).isTrue();
        assertThat(line.get("traceId").isNull()).isTrue();
        assertThat(line.get("spanId").isNull()).isTrue();
    }

    @Test
    void writesTheTimeAsInstantToStringDoesWithinASecondAndAcrossSeconds() {
        AccessLogFilter filter = new AccessLogFilter(Clock.systemUTC(), "gw");
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("2026-11-25T12:00:00Z"),
                Instant.parse("2026-11-25T12:00:00.120Z"), Instant.parse("2026-11-25T12:00:00.000120Z"),
                Instant.parse("2026-11-25T12:00:00.000000120Z"), Instant.parse("2026-11-25T12:00:01.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.500Z"), Instant.parse("+12026-01-01T00:00:00.5Z")));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            instants.add(Instant.ofEpochSecond(1_790_000_000L + random.nextInt(3), random.nextInt(1_000_000_000)));
        }

        for (Instant instant : instants) {
            assertThat(filter.time(instant)).isEqualTo(instant.toString());
        }
    }

}
