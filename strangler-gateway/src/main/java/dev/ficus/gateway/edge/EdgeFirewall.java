package dev.ficus.gateway.edge;

import java.util.function.Supplier;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

/**
 * Spring Security's strict firewall (no {@code ;}, encoded {@code /}, {@code \},
 * {@code %}, {@code .}, no {@code //} or dot segments, no control characters) plus one
 * rule of ours: no percent-encoded letter, digit, {@code -}, {@code _} or {@code ~}. RFC
 * 3986 calls those unreserved: no client needs to encode them, so {@code /%61dmin} is
 * someone probing for a second spelling of {@code /admin}.
 * <p>
 * It guards every request, not just admin ones: the gateway decides by path which side
 * serves a capability, so a path the backend may read differently from the gateway could
 * reach the wrong side.
 * <p>
 * The strict firewall's check of the answer's header values for line breaks, which it
 * registers on every response, is left to Netty: the gateway's server keeps the answer's
 * headers in Netty's validating headers ({@code server.netty.validate-headers}, on by
 * default), which refuse a value with CR or LF as it is set, and iterating the answer's
 * headers a second time cost about 1 % of a proxied request's CPU.
 */
public final class EdgeFirewall implements ServerWebExchangeFirewall {

    private static final Pattern ENCODED_UNRESERVED = Pattern
        .compile("%(3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|2[dD]|5[fF]|7[eE])");

    private final StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();

    public EdgeFirewall() {
        strict.setAllowedHeaderNames(EdgeFirewall::printable);
        strict.setAllowedHeaderValues(EdgeFirewall::printable);
        strict.setAllowedParameterNames(EdgeFirewall::printable);
    }

    @Override
    public Mono<ServerWebExchange> getFirewalledExchange(ServerWebExchange exchange) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (rawPath != null && ENCODED_UNRESERVED.matcher(rawPath).find()) {
            return Mono.error(new ServerExchangeRejectedException(
                    "The request was rejected because the URL percent-encodes a letter, digit or other unreserved character"));
        }
        return strict.getFirewalledExchange(new AnswerLeftToNetty(exchange)).map(firewalled -> {
            checkHeadersAndParameterNames(exchange.getRequest());
            return exchange;
        });
    }

    /**
     * Every header and query parameter name and every header value, checked once with the
     * strict firewall's own rules, and the request goes on unwrapped: the firewall's
     * wrapper checks lazily on every access, allocating a new wrapper per
     * {@code getRequest()} and {@code getHeaders()} call, and a proxied request's headers
     * are read and copied by a dozen filters. What the gateway's own filters add later is
     * the gateway's, not the client's.
     */
    private static void checkHeadersAndParameterNames(ServerHttpRequest request) {
        request.getHeaders().forEach((name, values) -> {
            if (!printable(name)) {
                throw new ServerExchangeRejectedException(
                        "The request was rejected because the header name \"" + name + "\" is not allowed.");
            }
            for (String value : values) {
                if (!printable(value)) {
                    throw new ServerExchangeRejectedException("The request was rejected because the header: \"" + name
                            + " \" has a value \"" + value + "\" that is not allowed.");
                }
            }
        });
        for (String name : request.getQueryParams().keySet()) {
            if (!printable(name)) {
                throw new ServerExchangeRejectedException(
                        "The request was rejected because the parameter name \"" + name + "\" is not allowed.");
            }
        }
    }

    /**
     * The exchange as the strict firewall sees it: an answer whose commit actions it
     * cannot add to.
     */
    private static final class AnswerLeftToNetty extends ServerWebExchangeDecorator {

        private final ServerHttpResponse response;

        AnswerLeftToNetty(ServerWebExchange exchange) {
            super(exchange);
            this.response = new ServerHttpResponseDecorator(exchange.getResponse()) {

                @Override
                public void beforeCommit(Supplier<? extends Mono<Void>> action) {
                    // Netty validates the answer's headers as it writes them.
                }

            };
        }

        @Override
        public ServerHttpResponse getResponse() {
            return response;
        }

    }

    /**
     * The strict firewall's default rule for header names and values and parameter names:
     * no ISO control character, no unassigned code point.
     */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || !Character.isDefined(c)) {
                return false;
            }
        }
        return true;
    }

}
