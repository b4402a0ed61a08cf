package dev.ficus.gateway.traffic;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.Side;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one JSON line per request to the {@code ficus.gateway.access} logger: time, method, path, status,
 * duration, capability, serving side and trace id.
 */
public class AccessLogFilter implements WebFilter, Ordered {

	/** Name of the access log logger, so it can be routed or silenced on its own. */
	public static final String LOGGER_NAME = "ficus.gateway.access";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private final JsonMapper json;

	private final Clock clock;

	public AccessLogFilter(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
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

	private String line(ServerWebExchange exchange, long nanos) {
		ServerHttpRequest request = exchange.getRequest();
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("time", clock.instant().toString());
		entry.put("method", request.getMethod().name());
		entry.put("path", request.getURI().getRawPath());
		entry.put("status", status == null ? null : status.value());
		entry.put("durationMs", nanos / 1_000_000.0);
		entry.put("capability", exchange.getAttribute(Capability.EXCHANGE_ATTRIBUTE));
		entry.put("servedBy", exchange.getResponse().getHeaders().getFirst(Side.SERVED_BY_HEADER));
		entry.put("traceId", traceId(exchange).orElse(null));
		return json.writeValueAsString(entry);
	}

	private static Optional<String> traceId(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map(context -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.map(Span::context)
			.map(context -> context.traceId());
	}

}
