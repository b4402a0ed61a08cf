package dev.ficus.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import dev.ficus.gateway.routing.Side;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a proxied request whose backend could not be reached with 502 Bad Gateway, or whose backend did not
 * answer in time with 504 Gateway Timeout, as problem details naming the side that failed; the default handler
 * would answer 500, blaming the gateway.
 */
class BackendFailureHandler implements WebExceptionHandler, Ordered {

	/** Before Spring Boot's error handler (-1). */
	static final int ORDER = -2;

	private final JsonMapper json;

	BackendFailureHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
		Optional<HttpStatus> status = statusFor(failure);
		String side = exchange.getResponse().getHeaders().getFirst(Side.SERVED_BY_HEADER);
		if (status.isEmpty() || side == null || exchange.getResponse().isCommitted()) {
			return Mono.error(failure);
		}
		URI target = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
		String backend = "the " + side + (target == null ? "" : " at " + target.getScheme() + "://"
				+ target.getAuthority());
		String detail = status.get() == HttpStatus.BAD_GATEWAY ? backend + " could not be reached: " + failure.getMessage()
				: backend + " did not answer in time";
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.get().getReasonPhrase());
		problem.put("status", status.get().value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		problem.put("side", side);
		byte[] body = json.writeValueAsBytes(problem);
		var response = exchange.getResponse();
		response.setStatusCode(status.get());
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(body.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	static Optional<HttpStatus> statusFor(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResponseStatusException answer
					&& answer.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
				return Optional.of(HttpStatus.GATEWAY_TIMEOUT);
			}
			if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException) {
				return Optional.of(HttpStatus.GATEWAY_TIMEOUT);
			}
			if (cause instanceof ConnectException || cause instanceof PrematureCloseException) {
				return Optional.of(HttpStatus.BAD_GATEWAY);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

}
