package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.PlannedRequest;

/**
 * Stale-read detection and write acknowledgement on hand-built answers, without any
 * server.
 */
class FaultMixUnitTests {

    private static final String LAMP = "LAMP-1|Desk lamp|24.5 EUR";

    private final FaultMix mix = new FaultMix(
            new ShopFixture(List.of(1L), Map.of(1L, 10_001L), List.of(1L), Map.of(1L, LAMP), List.of(41L), 5),
            new ArrayDeque<>(List.of(200L, 201L)), "T", 7);

    @Test
    void judgesAStockReadShowingWhatTheHarnessSetAsOk() {
        answer(next(FaultMix.READ_STOCK), 200, "service", "{\"productId\": 1, \"onHand\": 10001, \"reserved\": 4}");

        assertThat(onlyRecord().verdict()).isEqualTo(RequestRecord.Verdict.OK);
    }

    @Test
    void judgesAStockReadShowingAnotherValueAsStaleAndRemembersWhoServedIt() {
        answer(next(FaultMix.READ_STOCK), 200, "monolith", "{\"productId\": 1, \"onHand\": 11}");

        RequestRecord record = onlyRecord();
        assertThat(record.verdict()).isEqualTo(RequestRecord.Verdict.STALE);
        assertThat(record.servedBy()).isEqualTo("monolith");
        assertThat(record.capability()).isEqualTo("inventory");
    }

    @Test
    void judgesAProductReadWithTheOwnersContentAsOkAndAnErrorPageAsStale() {
        answer(next(FaultMix.READ_PRODUCT), 200, "service",
                "{\"sku\": \"LAMP-1\", \"name\": \"Desk lamp\", \"price\": {\"amount\": 24.50, \"currency\": \"EUR\"}}");
        answer(next(FaultMix.READ_PRODUCT), 200, "monolith", "<html>oops</html>");

        assertThat(mix.records()).extracting(RequestRecord::verdict)
            .containsExactly(RequestRecord.Verdict.OK, RequestRecord.Verdict.STALE);
    }

    @Test
    void judgesErrorStatusesAndMissingAnswersAsFailedByOutcome() {
        answer(next(FaultMix.READ_STOCK), 503, "", "{}");
        mix.failed(next(FaultMix.READ_STOCK), "ConnectException");

        assertThat(mix.records()).extracting(RequestRecord::verdict, RequestRecord::outcome)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(RequestRecord.Verdict.FAILED, "503"),
                    org.assertj.core.groups.Tuple.tuple(RequestRecord.Verdict.FAILED, "ConnectException"));
    }

    @Test
    void acknowledgesACreateWithTheIdOfItsLocationAndReadsItBackLater() {
        PlannedRequest create = next(FaultMix.CREATE_PRODUCT);
        answer(create, 201, "service", "{}", "/api/catalog/products/1234");

        AckedWrite acked = mix.acknowledged().get(0);
        assertThat(acked.id()).isEqualTo(1234);
        assertThat(acked.creates()).isTrue();
        assertThat(acked.fingerprint()).startsWith("T-").endsWith(" EUR");
        PlannedRequest read = next(FaultMix.READ_CREATED_PRODUCT);
        assertThat(read.path()).isEqualTo("/api/catalog/products/1234");
    }

    @Test
    void setsTheStockOfEachWriteProductOnceAndAcknowledgesTheValueSet() {
        PlannedRequest first = next(FaultMix.SET_STOCK);
        PlannedRequest second = next(FaultMix.SET_STOCK);
        answer(first, 200, "monolith", "{}");

        assertThat(List.of(first.path(), second.path())).containsExactly("/api/inventory/200", "/api/inventory/201");
        AckedWrite acked = mix.acknowledged().get(0);
        assertThat(acked.id()).isEqualTo(200);
        assertThat(acked.creates()).isFalse();
        assertThat(acked.servedBy()).isEqualTo("monolith");
        assertThat(first.jsonBody()).contains(acked.fingerprint().substring("onHand=".length()));
    }

    @Test
    void doesNotAcknowledgeRefusedWrites() {
        answer(next(FaultMix.PLACE_ORDER), 503, "", "{}");

        assertThat(mix.acknowledged()).isEmpty();
        assertThat(onlyRecord().write()).isTrue();
    }

    @Test
    void stopsWhenFinished() {
        assertThat(mix.finished()).isFalse();
        mix.finish();
        assertThat(mix.finished()).isTrue();
    }

    /**
     * Draws until the mix plans the wanted operation; answers to the others are never
     * given.
     */
    private PlannedRequest next(String endpoint) {
        for (int i = 0; i < 1000; i++) {
            PlannedRequest request = mix.next();
            if (request.endpoint().equals(endpoint)) {
                return request;
            }
        }
        throw new AssertionError("the mix never planned " + endpoint);
    }

    private void answer(PlannedRequest request, int status, String servedBy, String body, String... location) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        if (!servedBy.isEmpty()) {
            headers.put(FaultMix.SERVED_BY_HEADER, List.of(servedBy));
        }
        if (location.length > 0) {
            headers.put("Location", List.of(location[0]));
        }
        mix.answered(request, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    private RequestRecord onlyRecord() {
        assertThat(mix.records()).hasSize(1);
        return mix.records().get(0);
    }

}
