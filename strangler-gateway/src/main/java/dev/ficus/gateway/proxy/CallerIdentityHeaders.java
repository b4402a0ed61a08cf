package dev.ficus.gateway.proxy;

import java.util.Optional;

import dev.ficus.callertrust.CallerTrustProperties;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every request the gateway forwards, to the monolith or a service, first or again as the
 * fallback, carries the gateway's own caller identity ({@code ficus.trust.caller} and
 * {@code .token}), so backends that accept only their allow-list answer it. Whatever a
 * client sent in those headers is dropped: a client never speaks as a caller. (The shadow
 * copy's client adds the identity itself.)
 * <p>
 * Written into the headers the gateway sends, not into the user's request: a copy of the
 * request and its exchange per proxied request only to change two headers showed in the
 * gateway's per-request profile.
 */
final class CallerIdentityHeaders implements HttpHeadersFilter, Ordered {

    private final Optional<CallerTrustProperties.Identity> identity;

    CallerIdentityHeaders(CallerTrustProperties trust) {
        this.identity = trust.identity();
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (identity.isEmpty() && !input.containsHeader(CallerTrustProperties.CALLER_HEADER)
                && !input.containsHeader(CallerTrustProperties.TOKEN_HEADER)) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.remove(CallerTrustProperties.CALLER_HEADER);
        headers.remove(CallerTrustProperties.TOKEN_HEADER);
        identity.ifPresent(caller -> {
            headers.set(CallerTrustProperties.CALLER_HEADER, caller.caller());
            headers.set(CallerTrustProperties.TOKEN_HEADER, caller.token());
        });
        return headers;
    }

    /**
     * After the filters that remove and forward headers, so none of them brings a
     * client's value back.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }

}
