package dev.ficus.gateway.traffic;

import org.jspecify.annotations.Nullable;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace context a proxied request carries to its backend: the gateway's own server
 * span, written by the configured propagator ({@code traceparent} for W3C), replacing
 * what the client sent. It stands in for Spring Cloud Gateway's client observation, which
 * opened a second span, timer and propagation per proxied request (about 15 % of a
 * proxied request's CPU) to say what the server span already says.
 */
final class TraceContextHeaders implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    TraceContextHeaders(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = serverSpan(exchange);
        if (span == null) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        propagator.fields().forEach(headers::remove);
        propagator.inject(span.context(), headers, (carrier, name, value) -> {
            if (carrier != null) {
                carrier.set(name, value);
            }
        });
        return headers;
    }

    /**
     * After the filters that remove and forward headers, so nothing drops the context.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static @Nullable Span serverSpan(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
            .map(context -> context.<TracingObservationHandler.TracingContext>get(
                    TracingObservationHandler.TracingContext.class))
            .map(TracingObservationHandler.TracingContext::getSpan)
            .orElse(null);
    }

}
