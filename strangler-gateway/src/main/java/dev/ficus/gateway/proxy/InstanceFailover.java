package dev.ficus.gateway.proxy;

import java.net.URI;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.discovery.Upstream;
import dev.ficus.gateway.fallback.ServiceGuard;
import dev.ficus.gateway.traffic.TrafficMetrics;

/**
 * Sends a request to one instance of an upstream (a capability's service or the monolith)
 * and, when that instance could not take it, once more to another one.
 */
class InstanceFailover {

    private final ServiceInstances instances;

    private final TrafficMetrics metrics;

    InstanceFailover(ServiceInstances instances, TrafficMetrics metrics) {
        this.instances = instances;
        this.metrics = metrics;
    }

    /**
     * Proxies the request to an instance of the upstream.
     * @param upstream where the request goes
     * @param exchange the request; its body readable twice when it has one and the
     * upstream is balanced ({@link #replayable})
     * @param proxy sends the request to the instance at a base URL
     */
    Mono<Void> send(Upstream upstream, ServerWebExchange exchange, Function<URI, Mono<Void>> proxy) {
        if (!upstream.balanced()) {
            return proxy.apply(upstream.first());
        }
        return instances.choose(upstream, null)
            .flatMap(first -> proxy.apply(first.getUri())
                .onErrorResume(failure -> triesAnotherInstance(exchange, failure)
                        ? instances.choose(upstream, first).flatMap(second -> retry(upstream, second, exchange, proxy))
                        : Mono.error(failure)));
    }

    /**
     * Handles the request with its body readable twice when another instance may get it
     * again.
     */
    static Mono<Void> replayable(ServerWebExchange exchange, boolean sentTwice,
            Function<ServerWebExchange, Mono<Void>> handler) {
        if (sentTwice && hasBody(exchange)) {
            return ServerWebExchangeUtils.cacheRequestBodyAndRequest(exchange,
                    request -> handler.apply(exchange.mutate().request(request).build()));
        }
        return handler.apply(exchange);
    }

    private Mono<Void> retry(Upstream upstream, ServiceInstance instance, ServerWebExchange exchange,
            Function<URI, Mono<Void>> proxy) {
        metrics.recordRetry(upstream.id());
        ServerWebExchangeUtils.reset(exchange);
        exchange.getResponse().setStatusCode(null);
        return proxy.apply(instance.getUri());
    }

    /**
     * Whether a failed request goes to another instance, before any of its answer reached
     * the user: any request the instance never received (its connection refused), and a
     * read without a body that failed on the connection (refused, reset, closed early). A
     * write the instance may have received is not sent twice.
     */
    private static boolean triesAnotherInstance(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return false;
        }
        if (BackendFailureHandler.notCalled(failure)) {
            return true;
        }
        return ServiceGuard.SAFE.contains(exchange.getRequest().getMethod()) && !hasBody(exchange)
                && BackendFailureHandler.statusFor(failure).filter(HttpStatus.BAD_GATEWAY::equals).isPresent();
    }

    static boolean hasBody(ServerWebExchange exchange) {
        var headers = exchange.getRequest().getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader("Transfer-Encoding");
    }

}
