package dev.ficus.gateway.traffic;

import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Instant;

import io.micrometer.tracing.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.Side;

/**
 * Writes one JSON line per request to the {@code ficus.gateway.access} logger: time,
 * method, path, status, duration, capability, serving side, and the service name, trace
 * id and span id under the keys the other processes' ECS lines use.
 */
public class AccessLogFilter implements WebFilter, Ordered {

    /** Name of the access log logger, so it can be routed or silenced on its own. */
    public static final String LOGGER_NAME = "ficus.gateway.access";

    private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

    private static final String NAME = AccessLogFilter.class.getName();

    private final Clock clock;

    private final String service;

    private volatile Second lastSecond = Second.of(0);

    public AccessLogFilter(Clock clock, String service) {
        this.clock = clock;
        this.service = service;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!logger.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> logger.info(line(exchange, System.nanoTime() - start)));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * A constant: Spring's filter chain names each filter's checkpoint by its
     * {@code toString()} on every request, which otherwise builds class name and hash
     * code afresh.
     */
    @Override
    public String toString() {
        return NAME;
    }

    private String line(ServerWebExchange exchange, long nanos) {
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        TraceContext span = spanContext(exchange);
        return line(time(clock.instant()), request.getMethod().name(), request.getURI().getRawPath(),
                status == null ? null : status.value(), nanos / 1_000_000.0,
                exchange.getAttribute(Capability.EXCHANGE_ATTRIBUTE),
                exchange.getResponse().getHeaders().getFirst(Side.SERVED_BY_HEADER), service,
                span == null ? null : span.traceId(), span == null ? null : span.spanId());
    }

    /**
     * The JSON line, written by hand: it is built for every request, and serialising a
     * map with Jackson showed up in the gateway's per-request profile for these eight
     * flat fields.
     */
    static String line(String time, String method, String path, @Nullable Integer status, double durationMs,
            @Nullable String capability, @Nullable String servedBy, String service, @Nullable String traceId,
            @Nullable String spanId) {
        // room for a typical line (about 300 characters) without growing
        StringBuilder json = new StringBuilder(512);
        json.append('{');
        string(json, "time", time).append(',');
        string(json, "method", method).append(',');
        string(json, "path", path).append(",\"status\":").append(status);
        json.append(",\"durationMs\":").append(durationMs).append(',');
        string(json, "capability", capability).append(',');
        string(json, "servedBy", servedBy).append(",\"service\":{");
        string(json, "name", service).append("},");
        string(json, "traceId", traceId).append(',');
        return string(json, "spanId", spanId).append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String name, @Nullable String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        json.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            }
            else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            }
            else {
                json.append(c);
            }
        }
        return json.append('"');
    }

    private static boolean needsEscape(char c) {
        return c == '"' || c == '\\' || c < 0x20;
    }

    /**
     * The instant as {@link Instant#toString()} writes it, with the date and time of day
     * formatted once per second rather than once per request.
     */
    String time(Instant instant) {
        Second second = lastSecond;
        if (second.epochSecond() != instant.getEpochSecond()) {
            second = Second.of(instant.getEpochSecond());
            lastSecond = second;
        }
        int nanos = instant.getNano();
        StringBuilder text = new StringBuilder(32).append(second.text());
        if (nanos > 0) {
            String digits = Integer.toString(1_000_000_000 + nanos).substring(1);
            int length = (nanos % 1_000_000 == 0) ? 3 : (nanos % 1_000 == 0) ? 6 : 9;
            text.append('.').append(digits, 0, length);
        }
        return text.append('Z').toString();
    }

    /** A second's date and time of day, as {@link Instant#toString()} begins. */
    private record Second(long epochSecond, String text) {

        static Second of(long epochSecond) {
            String whole = Instant.ofEpochSecond(epochSecond).toString();
            return new Second(epochSecond, whole.substring(0, whole.length() - 1));
        }

    }

    private static @Nullable TraceContext spanContext(ServerWebExchange exchange) {
        return TraceContextHeaders.serverSpan(exchange).map(span -> span.context()).orElse(null);
    }

}
