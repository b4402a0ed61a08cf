package dev.ficus.gateway.proxy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import dev.ficus.gateway.problem.ProblemResponses;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.Side;

/**
 * Answers a proxied request that no backend answered as a problem detail naming the side
 * and the capability: 503 with {@code Retry-After} when the service was deliberately not
 * called (circuit open, or service-owned data that must not go to the monolith), 502 when
 * the backend could not be reached or broke off, 504 when it did not answer in time; the
 * default handler would answer 500, blaming the gateway.
 */
class BackendFailureHandler implements WebExceptionHandler, Ordered {

    /** Before Spring Boot's error handler (-1). */
    static final int ORDER = -2;

    private final ProblemResponses problems;

    private final Duration retryAfter;

    BackendFailureHandler(ProblemResponses problems, Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        Optional<HttpStatus> status = statusFor(failure);
        String side = exchange.getResponse().getHeaders().getFirst(Side.SERVED_BY_HEADER);
        String capability = exchange.getAttribute(Capability.EXCHANGE_ATTRIBUTE);
        if (status.isEmpty() || exchange.getResponse().isCommitted() || (side == null && capability == null)) {
            return Mono.error(failure);
        }
        String failedSide = side == null ? Side.SERVICE.label() : side;
        // the failed answer's own headers (cookies, caching) stay off the problem
        exchange.<Set<String>>getAttributeOrDefault(ServerWebExchangeUtils.CLIENT_RESPONSE_HEADER_NAMES, Set.of())
            .forEach(exchange.getResponse().getHeaders()::remove);
        ProblemDetail problem = ProblemResponses.of(status.get(), detail(exchange, status.get(), failedSide, failure),
                exchange);
        problem.setProperty("side", failedSide);
        if (capability != null) {
            problem.setProperty("capability", capability);
        }
        if (status.get() == HttpStatus.SERVICE_UNAVAILABLE) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        }
        return problems.write(exchange, problem);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /**
     * Whether the failure shows the backend never got the request: circuit open, address
     * unknown, connection refused.
     */
    static boolean notCalled(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Optional<HttpStatus> statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof CallNotPermittedException) {
                return Optional.of(HttpStatus.SERVICE_UNAVAILABLE);
            }
            if (cause instanceof ResponseStatusException answer
                    && answer.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return Optional.of(HttpStatus.GATEWAY_TIMEOUT);
            }
            if (cause instanceof TimeoutException || cause instanceof ConnectTimeoutException
                    || cause instanceof ReadTimeoutException) {
                return Optional.of(HttpStatus.GATEWAY_TIMEOUT);
            }
            // Refused, closed early, reset by peer: the backend broke off.
            if (cause instanceof IOException) {
                return Optional.of(HttpStatus.BAD_GATEWAY);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private String detail(ServerWebExchange exchange, HttpStatus status, String side, Throwable failure) {
        URI target = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        String backend = "the " + side
                + (target == null ? "" : " at " + target.getScheme() + "://" + target.getAuthority());
        return switch (status) {
            case SERVICE_UNAVAILABLE -> failure instanceof ServiceUnavailableException unavailable
                    ? String.valueOf(unavailable.getMessage())
                    : "The service is not called while its circuit is open; retry after " + retryAfterSeconds() + " s";
            case GATEWAY_TIMEOUT -> backend + " did not answer in time";
            default -> backend + " could not be reached or broke off: " + failure.getMessage();
        };
    }

    private long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

}
