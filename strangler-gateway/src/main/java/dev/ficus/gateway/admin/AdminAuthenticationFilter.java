package dev.ficus.gateway.admin;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Lets a request into {@code /admin} only with the admin bearer token; answers 401 otherwise.
 */
class AdminAuthenticationFilter implements WebFilter, Ordered {

	private static final String BEARER = "Bearer ";

	private static final byte[] UNAUTHORIZED = """
			{"type":"about:blank","title":"Unauthorized","status":401,\
			"detail":"The admin API needs the header Authorization: Bearer <admin token>"}"""
		.getBytes(StandardCharsets.UTF_8);

	private final AdminToken token;

	AdminAuthenticationFilter(AdminToken token) {
		this.token = token;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!(path.equals("/admin") || path.startsWith("/admin/")) || authorized(exchange)) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.UNAUTHORIZED);
		response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ficus-gateway\"");
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(UNAUTHORIZED)));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	private boolean authorized(ServerWebExchange exchange) {
		String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()).trim());
	}

}
