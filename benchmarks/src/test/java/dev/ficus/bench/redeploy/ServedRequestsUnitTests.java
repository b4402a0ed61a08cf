package dev.ficus.bench.redeploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServedRequestsUnitTests {

    @Test
    void countsOnlyRequestsToTheShopApiNotProbesOrScrapes() {
        String exposition = """
                # HELP http_server_requests_seconds
                # TYPE http_server_requests_seconds summary
                http_server_requests_seconds_count{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/catalog/products"} 120
                http_server_requests_seconds_sum{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/catalog/products"} 1.5
                http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/orders"} 14.0
                http_server_requests_seconds_count{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/actuator/health/{*path}"} 30
                http_server_requests_seconds_count{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/actuator/prometheus"} 1
                jvm_threads_live_threads 40
                """;

        assertThat(ServedRequests.apiRequests(exposition)).isEqualTo(134);
    }

    @Test
    void aProcessThatServedNothingCountsZero() {
        assertThat(ServedRequests.apiRequests("jvm_threads_live_threads 40\n")).isZero();
    }

    @Test
    void aProcessThatDoesNotAnswerIsUnknown() {
        assertThat(ServedRequests.read(1)).isEqualTo(ServedRequests.UNKNOWN);
    }

}
