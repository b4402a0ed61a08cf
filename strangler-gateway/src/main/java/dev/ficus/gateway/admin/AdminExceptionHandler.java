package dev.ficus.gateway.admin;

import java.util.Objects;
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
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import dev.ficus.gateway.rollout.RolloutConflictException;
import dev.ficus.gateway.routing.CapabilityConflictException;
import tools.jackson.databind.DatabindException;

/**
 * Turns admin API mistakes into problem details: bad input is 400 naming the field or the
 * allowed values, a command that does not fit the rollout 409; a wrong method (405) or
 * path is a problem detail too, as it is handled before any controller is chosen, so this
 * advice applies to the gateway's few controllers globally.
 */
@RestControllerAdvice
class AdminExceptionHandler extends ResponseEntityExceptionHandler {

    /**
     * A proxied request's failure (e.g. a backend timeout) is the backend failure
     * handler's to answer, not ours.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) != null) {
            return Mono.error(ex);
        }
        return super.handleResponseStatusException(ex, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ex.getBody().setDetail(inputProblem(ex));
        return super.handleServerWebInputException(ex, headers, status, exchange);
    }

    /**
     * The most specific reason a body could not be read: a value's own check, else
     * Jackson's, with the field.
     */
    static String inputProblem(Throwable failure) {
        String databind = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException invalid) {
                return Objects.requireNonNullElse(invalid.getMessage(), "invalid value");
            }
            if (cause instanceof DatabindException mapping && databind == null) {
                String field = mapping.getPath()
                    .stream()
                    .map(reference -> reference.getPropertyName() == null ? "[" + reference.getIndex() + "]"
                            : reference.getPropertyName())
                    .collect(Collectors.joining("."));
                databind = (field.isEmpty() ? "" : field + ": ")
                        + mapping.getOriginalMessage().lines().findFirst().orElse("");
            }
        }
        return databind != null ? databind : "The request body could not be read as JSON";
    }

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

    @ExceptionHandler({ RolloutConflictException.class, CapabilityConflictException.class })
    ProblemDetail conflict(RuntimeException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

}
