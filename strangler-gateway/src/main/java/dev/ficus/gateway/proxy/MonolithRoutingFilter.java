package dev.ficus.gateway.proxy;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;

import dev.ficus.gateway.discovery.Upstream;
import dev.ficus.gateway.routing.Side;

/**
 * Sends a request of no capability to the monolith: to one of its instances when it has
 * several, and to another when that one could not take it ({@link InstanceFailover}).
 */
class MonolithRoutingFilter implements GatewayFilter, Ordered {

    private final Upstream monolith;

    private final InstanceFailover failover;

    MonolithRoutingFilter(Upstream monolith, InstanceFailover failover) {
        this.monolith = monolith;
        this.failover = failover;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!monolith.balanced()) {
            return servedByMonolith(exchange, chain);
        }
        return InstanceFailover.replayable(exchange, true,
                replayable -> failover.send(monolith, replayable, base -> Mono.defer(() -> {
                    replayable.getAttributes()
                        .put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR,
                                CapabilityRoutingFilter.target(replayable, base));
                    return servedByMonolith(replayable, chain);
                })));
    }

    private static Mono<Void> servedByMonolith(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().getHeaders().set(Side.SERVED_BY_HEADER, Side.MONOLITH.label());
        return chain.filter(exchange);
    }

    /** After the route's URL is set, which this filter points at the chosen instance. */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }

}
