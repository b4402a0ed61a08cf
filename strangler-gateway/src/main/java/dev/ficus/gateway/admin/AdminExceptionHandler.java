package dev.ficus.gateway.admin;

import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;

import dev.ficus.gateway.rollout.RolloutConflictException;

/**
 * Turns admin API mistakes into problem details: bad input is 400, a command that does not fit the rollout 409.
 * Malformed JSON, unknown modes and out-of-range weights are handled by the base class as 400 too.
 */
@RestControllerAdvice(assignableTypes = RouteAdminController.class)
class AdminExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler({ UnknownCapabilityException.class, IllegalArgumentException.class })
	ProblemDetail badInput(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String detail = ex.getFieldErrors()
			.stream()
			.map(error -> error.getField() + " " + error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		ex.getBody().setDetail(detail);
		return super.handleWebExchangeBindException(ex, headers, status, exchange);
	}

	@ExceptionHandler(RolloutConflictException.class)
	ProblemDetail conflict(RolloutConflictException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
