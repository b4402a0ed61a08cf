package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;

class LatencyLogUnitTests {

    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

    @Test
    void logsOnlyRightAnswersWithTheirIntendedSendTimeAndPassesEverythingOn() {
        List<String> seen = new ArrayList<>();
        RequestSource source = new RequestSource() {

            private int next;

            @Override
            public PlannedRequest next() {
                return PlannedRequest.get((next++ % 2 == 0) ? "browse-catalog" : "stock-level", "/x");
            }

            @Override
            public void completed(PlannedRequest request, int status, HttpHeaders headers) {
                seen.add(request.endpoint() + " " + status);
            }

            @Override
            public Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
                return body.equals("stale") ? Optional.of("stale stock") : Optional.empty();
            }

            @Override
            public void failed(PlannedRequest request, String kind) {
                seen.add(request.endpoint() + " " + kind);
            }
        };
        LatencyLog log = new LatencyLog(source, 10);
        PlannedRequest first = log.next();
        PlannedRequest second = log.next();
        PlannedRequest third = log.next();
        PlannedRequest fourth = log.next();
        PlannedRequest fifth = log.next();

        log.completed(first, 200, NO_HEADERS);
        assertThat(log.wrongAnswer(second, 200, "stale")).contains("stale stock");
        log.completed(second, 200, NO_HEADERS);
        log.completed(third, 503, NO_HEADERS);
        log.failed(fourth, "timeout");
        log.completed(fifth, 404, NO_HEADERS);

        assertThat(log.samples()).singleElement().satisfies(sample -> {
            assertThat(sample.endpoint()).isEqualTo("browse-catalog");
            assertThat(sample.offsetMillis()).isZero();
            assertThat(sample.latencyMillis()).isNotNegative();
        });
        assertThat(seen).containsExactly("browse-catalog 200", "stock-level 200", "browse-catalog 503",
                "stock-level timeout", "browse-catalog 404");
    }

    @Test
    void countsTheIntendedSendTimeFromTheRate() {
        RequestSource source = () -> PlannedRequest.get("order-status", "/api/orders/1");
        LatencyLog log = new LatencyLog(source, 4);
        List<PlannedRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(log.next());
        }

        requests.forEach(request -> log.completed(request, 200, NO_HEADERS));

        assertThat(log.samples()).extracting(LatencyLog.Sample::offsetMillis).containsExactly(0L, 250L, 500L, 750L);
    }

}
