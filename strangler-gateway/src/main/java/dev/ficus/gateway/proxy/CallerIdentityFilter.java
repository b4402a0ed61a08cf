package dev.ficus.gateway.proxy;

import dev.ficus.callertrust.CallerTrustProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every request the gateway forwards, to the monolith or a service, first or as a shadow
 * copy, carries the gateway's own caller identity ({@code ficus.trust.caller} and
 * {@code .token}), so backends that accept only their allow-list answer it. Whatever a
 * client sent in those headers is dropped: a client never speaks as a caller.
 */
final class CallerIdentityFilter implements GlobalFilter, Ordered {

    private final CallerTrustProperties trust;

    CallerIdentityFilter(CallerTrustProperties trust) {
        this.trust = trust;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().request(request -> request.headers(this::identify)).build());
    }

    private void identify(HttpHeaders headers) {
        headers.remove(CallerTrustProperties.CALLER_HEADER);
        headers.remove(CallerTrustProperties.TOKEN_HEADER);
        trust.identity().ifPresent(identity -> {
            headers.set(CallerTrustProperties.CALLER_HEADER, identity.caller());
            headers.set(CallerTrustProperties.TOKEN_HEADER, identity.token());
        });
    }

    /** Before every route filter, so the shadow copy and the fallback carry it too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
