package dev.ficus.gateway.shadow;

import java.util.Set;

import dev.ficus.callertrust.CallerTrustProperties;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.CapabilityFilterProvider;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.routing.RouteTable;

/**
 * In {@link Mode#SHADOW}, copies the monolith's answer to a safe request as it streams to
 * the user and, once the user has it, hands request and answer to the
 * {@link ShadowComparator}.
 */
class ShadowTap implements CapabilityFilterProvider {

    /** Only these are replayed: the service must not see a second write. */
    static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    /**
     * Headers not replayed: per connection, describing a body, asking for a compressed
     * answer, or a client's claim to be a caller (the comparator's client sends the
     * gateway's own identity).
     */
    private static final Set<String> NOT_REPLAYED = Set.of(HttpHeaders.HOST, HttpHeaders.CONNECTION, "Keep-Alive",
            HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_LENGTH, HttpHeaders.TE, HttpHeaders.TRAILER,
            HttpHeaders.UPGRADE, HttpHeaders.PROXY_AUTHORIZATION, HttpHeaders.ACCEPT_ENCODING,
            CallerTrustProperties.CALLER_HEADER, CallerTrustProperties.TOKEN_HEADER);

    private final RouteTable table;

    private final ShadowComparator comparator;

    private final int maxBodyBytes;

    ShadowTap(RouteTable table, ShadowComparator comparator, int maxBodyBytes) {
        this.table = table;
        this.comparator = comparator;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public GatewayFilter filterFor(Capability capability) {
        // Must wrap the response before the gateway's response writer runs.
        return new OrderedGatewayFilter((exchange, chain) -> tap(capability, exchange, chain),
                NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1);
    }

    private Mono<Void> tap(Capability capability, ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (table.routingSetting(capability.name()).mode() != Mode.SHADOW || !SAFE.contains(request.getMethod())) {
            return chain.filter(exchange);
        }
        BodyCapture capture = new BodyCapture(exchange.getResponse(), maxBodyBytes);
        return chain.filter(exchange.mutate().response(capture).build()).doOnSuccess(done -> {
            HttpStatusCode status = capture.getStatusCode();
            boolean encoded = capture.getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING);
            if (status != null && capture.complete() && !encoded) {
                comparator.submit(new ShadowRequest(capability.name(), request.getMethod(),
                        request.getURI().getRawPath() + query(request), replayed(request.getHeaders()), status.value(),
                        capture.bytes()));
            }
        });
    }

    private static String query(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return query == null ? "" : "?" + query;
    }

    private static HttpHeaders replayed(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> {
            if (NOT_REPLAYED.stream().noneMatch(name::equalsIgnoreCase)) {
                copy.addAll(name, values);
            }
        });
        return copy;
    }

}
