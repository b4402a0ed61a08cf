package dev.ficus.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogRequestsServedUnitTests {

    @Test
    void sumsTheServerRequestCountsOfCatalogUrisOnly() {
        String scrape = """
                # HELP http_server_requests_seconds
                # TYPE http_server_requests_seconds summary
                http_server_requests_seconds_count{error="none",method="GET",outcome="SUCCESS",status="200",uri="/api/catalog/products"} 1200
                http_server_requests_seconds_sum{error="none",method="GET",outcome="SUCCESS",status="200",uri="/api/catalog/products"} 3.5
                http_server_requests_seconds_count{error="none",method="GET",outcome="SUCCESS",status="200",uri="/api/catalog/products/{id}"} 3.0E2
                http_server_requests_seconds_count{error="none",method="POST",outcome="SUCCESS",status="201",uri="/api/orders"} 90
                http_server_requests_seconds_count{error="none",method="GET",outcome="SUCCESS",status="200",uri="/actuator/health/readiness"} 40
                """;

        assertThat(CatalogRequestsServed.catalogRequests(scrape)).isEqualTo(1500);
        assertThat(CatalogRequestsServed.catalogRequests("")).isZero();
    }

}
