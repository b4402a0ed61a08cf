package dev.ficus.gateway.proxy;

import java.net.URI;
import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ficus.gateway.discovery.Upstream;
import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.Side;
import dev.ficus.gateway.routing.SideSelector;
import dev.ficus.gateway.traffic.TrafficMetrics;

/**
 * Sends each request of a capability to the side its current mode chooses, by rewriting
 * the URL the gateway's own Netty routing filter proxies to; service calls run guarded,
 * with the monolith as fallback where the capability's data ownership allows it
 * ({@link Fallback}).
 * <p>
 * A service answer's body is written here, not by the gateway's outer
 * {@link AnswerWriter}, so that a service that hangs up before any byte of its answer
 * reached the user (after its headers, or inside a body read whole) still falls back.
 */
public class CapabilityRoutingFilter implements GatewayFilter, Ordered {

    /**
     * Header of an answer from the monolith's synced copy of service-owned data: how
     * stale it may be (ISO-8601).
     */
    public static final String MAX_STALENESS_HEADER = "X-Ficus-Max-Staleness";

    private final Capability capability;

    private final Upstream monolith;

    private final RouteTable table;

    private final SideSelector canary;

    private final ServiceGuard guard;

    private final TrafficMetrics metrics;

    private final AnswerWriter answerWriter;

    private final InstanceFailover failover;

    CapabilityRoutingFilter(Capability capability, Upstream monolith, RouteTable table, SideSelector canary,
            ServiceGuard guard, TrafficMetrics metrics, AnswerWriter answerWriter, InstanceFailover failover) {
        this.failover = failover;
        this.capability = capability;
        this.monolith = monolith;
        this.table = table;
        this.canary = canary;
        this.guard = guard;
        this.metrics = metrics;
        this.answerWriter = answerWriter;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getAttributes().put(Capability.EXCHANGE_ATTRIBUTE, capability.name());
        RouteSetting setting = table.routingSetting(capability.name());
        if (select(setting, exchange) == Side.MONOLITH) {
            return InstanceFailover.replayable(exchange, monolith.balanced(),
                    replayable -> toMonolith(replayable, chain));
        }
        Fallback fallback = Fallback.of(exchange.getRequest().getMethod(), capability.ownership(), setting.mode());
        // A fallback, or another instance, gets the request again, so its body must be
        // readable twice.
        return InstanceFailover.replayable(exchange, fallback.answersFromMonolith() || capability.balanced(),
                replayable -> proxyToService(replayable, chain, fallback));
    }

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER + 1;
    }

    private Side select(RouteSetting setting, ServerWebExchange exchange) {
        return switch (setting.mode()) {
            case MONOLITH, SHADOW -> Side.MONOLITH;
            case SERVICE -> Side.SERVICE;
            case CANARY -> canary.select(capability, setting.weight(), exchange);
        };
    }

    private Mono<Void> proxyToService(ServerWebExchange exchange, GatewayFilterChain chain, Fallback fallback) {
        // Only a failure of the answer's body is caught here: the guard has already
        // counted and recovered from the call's own.
        return guard
            .call(capability.name(), capability.timeout(), exchange, serviceCall(exchange, chain),
                    (reason, failure) -> recover(exchange, chain, fallback, reason, failure))
            .then(Mono.defer(() -> writeServiceAnswer(exchange)
                .onErrorResume(failure -> answerBrokeOff(exchange, chain, fallback, failure))));
    }

    /**
     * The request sent to one instance of the service and, when that instance could not
     * take it, once more to another one ({@link InstanceFailover}).
     */
    private Mono<Void> serviceCall(ServerWebExchange exchange, GatewayFilterChain chain) {
        return failover.send(Upstream.of(capability), exchange, base -> proxy(Side.SERVICE, base, exchange, chain));
    }

    /** The request sent to an instance of the monolith, and to another if need be. */
    private Mono<Void> toMonolith(ServerWebExchange exchange, GatewayFilterChain chain) {
        return failover.send(monolith, exchange, base -> proxy(Side.MONOLITH, base, exchange, chain));
    }

    private Mono<Void> recover(ServerWebExchange exchange, GatewayFilterChain chain, Fallback fallback, String reason,
            Throwable failure) {
        return switch (fallback) {
            case MONOLITH -> fallBack(exchange, chain, reason);
            case SYNCED_COPY -> {
                exchange.getResponse()
                    .getHeaders()
                    .set(MAX_STALENESS_HEADER,
                            capability.ownership()
                                .syncedCopy()
                                .map(Duration::toString)
                                .orElseThrow(() -> new IllegalStateException("a synced-copy fallback has a lag")));
                yield fallBack(exchange, chain, reason);
            }
            case REFUSE ->
                Mono.error(unavailable(exchange, failure)
                        ? new ServiceUnavailableException(capability.name(),
                                ServiceGuard.SAFE.contains(exchange.getRequest().getMethod()), reason, failure)
                        : failure);
            case NONE -> Mono.error(failure);
        };
    }

    /**
     * Whether a refused request of service-owned data is answered 503 (retry later): the
     * service never got it, or it is a read the service broke off on the connection (a
     * pooled connection the stopped service closed fails the same way as a refused one,
     * and a read changed nothing). A write the service may have taken stays a 502.
     */
    private static boolean unavailable(ServerWebExchange exchange, Throwable failure) {
        return BackendFailureHandler.notCalled(failure) || ServiceGuard.SAFE.contains(exchange.getRequest().getMethod())
                && BackendFailureHandler.statusFor(failure).filter(HttpStatus.BAD_GATEWAY::equals).isPresent();
    }

    private Mono<Void> fallBack(ServerWebExchange exchange, GatewayFilterChain chain, String reason) {
        metrics.recordFallback(capability.name(), reason);
        ServerWebExchangeUtils.removeAlreadyRouted(exchange);
        return toMonolith(exchange, chain);
    }

    /**
     * Writes the service's answer to the user; after a fallback the outer writer writes
     * the monolith's.
     */
    private Mono<Void> writeServiceAnswer(ServerWebExchange exchange) {
        if (!servedByService(exchange)) {
            return Mono.empty();
        }
        return answerWriter.write(exchange);
    }

    /**
     * The service's answer failed before any byte of it reached the user (it hung up
     * after its headers or inside a body read whole, or the connection broke), so it is
     * treated as a service that never answered: an idempotent request can still be
     * answered by the monolith, and a read of service-owned data is a 503 like a refused
     * one.
     */
    private Mono<Void> answerBrokeOff(ServerWebExchange exchange, GatewayFilterChain chain, Fallback fallback,
            Throwable failure) {
        if (!servedByService(exchange) || exchange.getResponse().isCommitted() || fallback == Fallback.NONE) {
            return Mono.error(failure);
        }
        guard.recordFailure(capability.name(), failure);
        ServerWebExchangeUtils.reset(exchange);
        exchange.getResponse().setStatusCode(null);
        return recover(exchange, chain, fallback, ServiceGuard.reasonOf(failure), failure);
    }

    private static boolean servedByService(ServerWebExchange exchange) {
        return Side.SERVICE.label().equals(exchange.getResponse().getHeaders().getFirst(Side.SERVED_BY_HEADER));
    }

    private Mono<Void> proxy(Side side, URI base, ServerWebExchange exchange, GatewayFilterChain chain) {
        return Mono.defer(() -> {
            exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR, target(exchange, base));
            exchange.getResponse().getHeaders().set(Side.SERVED_BY_HEADER, side.label());
            long start = System.nanoTime();
            return chain.filter(exchange).doFinally(signal -> record(exchange, side, start, signal));
        });
    }

    private void record(ServerWebExchange exchange, Side side, long start, SignalType signal) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        boolean error = signal != SignalType.ON_COMPLETE || (status != null && status.is5xxServerError());
        metrics.record(capability.name(), side, System.nanoTime() - start, error);
    }

    /** The request's URL on the given base URL's scheme, host and port. */
    static URI target(ServerWebExchange exchange, URI base) {
        URI current = exchange.getRequiredAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (pointsAt(current, base)) {
            // The route's own URL is the monolith's: nothing to rebuild.
            return current;
        }
        return UriComponentsBuilder.fromUri(current)
            .scheme(base.getScheme())
            .host(base.getHost())
            .port(base.getPort())
            .build(true)
            .toUri();
    }

    static boolean pointsAt(URI current, URI base) {
        return base.getPort() == current.getPort() && base.getScheme().equals(current.getScheme())
                && base.getHost().equals(current.getHost());
    }

}
