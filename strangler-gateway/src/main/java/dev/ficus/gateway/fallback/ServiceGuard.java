package dev.ficus.gateway.fallback;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.publisher.Mono;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Runs a call to a service inside the capability's circuit breaker and, when the service
 * is down, too slow or its circuit is open, hands the failure to the caller's fallback,
 * which decides whether the monolith may answer.
 */
public class ServiceGuard {

    /** Methods whose repetition on the monolith is harmless. */
    public static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.TRACE);

    /** Methods that change nothing; the rest are writes. */
    public static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ReactiveResilience4JCircuitBreakerFactory factory;

    private final Duration retryAfter;

    private final Duration defaultTimeout;

    private final Map<String, ReactiveCircuitBreaker> breakers = new ConcurrentHashMap<>();

    public ServiceGuard(ReactiveResilience4JCircuitBreakerFactory factory, Duration openDuration,
            Duration defaultTimeout) {
        this.factory = factory;
        this.retryAfter = openDuration;
        this.defaultTimeout = defaultTimeout;
    }

    /**
     * How long a client refused while a circuit is open should wait: the time an open
     * circuit stays open.
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * Calls the service; on failure (other than an error answer of the service) hands
     * reason and failure over.
     * @param capability the capability, naming the circuit breaker
     * @param exchange the exchange being proxied
     * @param serviceCall the proxied call to the service
     * @param fallback given the failure reason, the proxied call to the monolith
     */
    public Mono<Void> call(String capability, ServerWebExchange exchange, Mono<Void> serviceCall,
            FallbackCall fallback) {
        return call(capability, null, exchange, serviceCall, fallback);
    }

    /**
     * As {@link #call(String, ServerWebExchange, Mono, FallbackCall)}, with the time the
     * service has to answer.
     * @param timeout the capability's own timeout, or {@code null} for the default
     */
    public Mono<Void> call(String capability, @Nullable Duration timeout, ServerWebExchange exchange,
            Mono<Void> serviceCall, FallbackCall fallback) {
        limitTime(capability, timeout == null ? defaultTimeout : timeout);
        ReactiveCircuitBreaker breaker = breakers.computeIfAbsent(capability, factory::create);
        Mono<Void> guarded = serviceCall.then(Mono.defer(() -> failOnServerError(exchange)));
        return breaker.run(guarded, failure -> recover(failure, fallback));
    }

    /**
     * Makes the capability's time limiter allow the given time; its circuit breaker keeps
     * its state.
     */
    private void limitTime(String capability, Duration timeout) {
        TimeLimiterRegistry limiters = factory.getTimeLimiterRegistry();
        Optional<TimeLimiter> current = limiters.find(capability);
        if (current.map(limiter -> limiter.getTimeLimiterConfig().getTimeoutDuration().equals(timeout))
            .orElse(timeout.equals(defaultTimeout))) {
            return;
        }
        TimeLimiter limiter = TimeLimiter.of(capability, TimeLimiterConfig.custom().timeoutDuration(timeout).build());
        if (current.isPresent()) {
            limiters.replace(capability, limiter);
        }
        else {
            limiters.timeLimiter(capability, limiter.getTimeLimiterConfig());
        }
    }

    /**
     * Counts a failure the service showed only after its call had succeeded, e.g. an
     * answer broken off.
     */
    public void recordFailure(String capability, Throwable failure) {
        factory.getCircuitBreakerRegistry()
            .find(capability)
            .ifPresent(breaker -> breaker.onError(0, TimeUnit.NANOSECONDS, failure));
    }

    /** The state of a capability's circuit, e.g. {@code CLOSED} or {@code OPEN}. */
    public CircuitBreaker.State state(String capability) {
        // find, not circuitBreaker(name): creating it here would bypass the configured
        // defaults.
        return factory.getCircuitBreakerRegistry()
            .find(capability)
            .map(CircuitBreaker::getState)
            .orElse(CircuitBreaker.State.CLOSED);
    }

    private static Mono<Void> failOnServerError(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null && status.is5xxServerError() ? Mono.error(new ServiceErrorAnswer(status)) : Mono.empty();
    }

    private static Mono<Void> recover(Throwable failure, FallbackCall fallback) {
        if (failure instanceof ServiceErrorAnswer) {
            // The service did answer; its error response is already on its way to the
            // user.
            return Mono.empty();
        }
        return fallback.call(reasonOf(failure), failure);
    }

    /**
     * The fallback reason of a failure: {@code circuit-open}, {@code timeout} or
     * {@code unavailable}.
     */
    public static String reasonOf(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "circuit-open";
        }
        if (failure instanceof TimeoutException || failure instanceof ReadTimeoutException
                || failure instanceof ResponseStatusException answer && answer.getStatusCode().value() == 504) {
            return "timeout";
        }
        return "unavailable";
    }

    /**
     * What is done instead of a failed service call: the monolith's answer, or an error.
     */
    @FunctionalInterface
    public interface FallbackCall {

        Mono<Void> call(String reason, Throwable failure);

    }

    /** A 5xx answer of the service, raised only so the circuit breaker counts it. */
    static final class ServiceErrorAnswer extends RuntimeException {

        ServiceErrorAnswer(HttpStatusCode status) {
            super("Service answered " + status, null, false, false);
        }

    }

}
