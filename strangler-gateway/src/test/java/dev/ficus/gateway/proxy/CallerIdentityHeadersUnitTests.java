package dev.ficus.gateway.proxy;

import java.util.List;
import java.util.Map;

import dev.ficus.callertrust.CallerTrustProperties;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers the gateway forwards carry its own caller identity, or none, but never the
 * client's.
 */
class CallerIdentityHeadersUnitTests {

    private final ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/orders/1"));

    @Test
    void replacesTheClaimedIdentityWithTheGatewaysOwn() {
        HttpHeaders forwarded = headersFilter("strangler-gateway", "secret").filter(claimed(), exchange);

        assertThat(forwarded.get("X-Ficus-Caller")).containsExactly("strangler-gateway");
        assertThat(forwarded.get("X-Ficus-Caller-Token")).containsExactly("secret");
        assertThat(forwarded.getFirst("Accept")).isEqualTo("application/json");
    }

    @Test
    void dropsTheClaimedIdentityWhenTheGatewayHasNone() {
        HttpHeaders forwarded = headersFilter(null, null).filter(claimed(), exchange);

        assertThat(forwarded.containsHeader("X-Ficus-Caller")).isFalse();
        assertThat(forwarded.containsHeader("X-Ficus-Caller-Token")).isFalse();
        assertThat(forwarded.getFirst("Accept")).isEqualTo("application/json");
    }

    private static CallerIdentityHeaders headersFilter(String caller, String token) {
        return new CallerIdentityHeaders(new CallerTrustProperties(false, Map.of(), caller, token, List.of(), null));
    }

    private static HttpHeaders claimed() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("x-ficus-caller", "orders-service");
        headers.add("X-FICUS-CALLER-TOKEN", "guessed");
        headers.add("Accept", "application/json");
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }

}
