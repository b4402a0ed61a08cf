package dev.ficus.gateway.edge;

import java.net.URI;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeFirewallUnitTests {

    private final EdgeFirewall firewall = new EdgeFirewall();

    @Test
    void letsACleanRequestGoOnUnwrapped() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/catalog/products/1?page=2").header("X-User-Id", "u-7"));

        ServerWebExchange passed = firewall.getFirewalledExchange(exchange).block();

        assertThat(passed).isSameAs(exchange);
    }

    @Test
    void leavesTheAnswersHeadersToNettysValidation() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/catalog/products/1"));

        firewall.getFirewalledExchange(exchange).block();
        exchange.getResponse().getHeaders().set("X-Note", "a\r\nSet-Cookie: planted");

        StepVerifier.create(exchange.getResponse().setComplete()).verifyComplete();
        assertThat(exchange.getResponse().isCommitted()).isTrue();
    }

    @Test
    void refusesAHeaderValueWithAControlCharacterBeforeAnyFilterReadsIt() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/catalog/products/1").header("X-User-Id", "u-7\u0007"));

        StepVerifier.create(firewall.getFirewalledExchange(exchange))
            .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOf(ServerExchangeRejectedException.class)
                .hasMessageContaining("X-User-Id"))
            .verify();
    }

    @Test
    void refusesAHeaderNameWithAControlCharacter() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/catalog/products/1").header("X-\u0001Id", "u-7"));

        StepVerifier.create(firewall.getFirewalledExchange(exchange))
            .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOf(ServerExchangeRejectedException.class)
                .hasMessageContaining("header name"))
            .verify();
    }

    @Test
    void refusesAQueryParameterNameWithAControlCharacter() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/catalog/products").queryParam("pa\u0001ge", "2"));

        StepVerifier.create(firewall.getFirewalledExchange(exchange))
            .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOf(ServerExchangeRejectedException.class)
                .hasMessageContaining("parameter name"))
            .verify();
    }

    @Test
    void refusesAPercentEncodedLetterInThePath() {
        MockServerWebExchange exchange = MockServerWebExchange
            .from(MockServerHttpRequest.method(HttpMethod.GET, URI.create("/%61dmin/routes")));

        StepVerifier.create(firewall.getFirewalledExchange(exchange))
            .expectErrorSatisfies(failure -> assertThat(failure).hasMessageContaining("percent-encodes"))
            .verify();
    }

}
