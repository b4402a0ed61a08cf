package dev.ficus.shop.extraction;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP connection to one extracted service. Calls go through the service's circuit
 * breaker and are retried on a connection failure, a broken answer or a 5xx answer, so
 * only calls that may be repeated without a second effect may use it (every call of the
 * catalog and inventory APIs is: lookups, and reservations keyed by order id). A 4xx
 * answer is the caller's to translate (it is a valid answer of the contract and counts
 * neither for nor against the circuit). What is left ends as a
 * {@link CapabilityUnavailableException} (503 with {@code Retry-After}) when the service
 * was not called or said it is unavailable, or as a {@link CapabilityFailedException}
 * (502, or 504 on a read timeout) when it was called and broke off.
 */
public final class RemoteCapability {

    private final String capability;

    private final RestClient client;

    private final CircuitBreaker circuitBreaker;

    private final Retry retry;

    private final Duration retryAfter;

    /**
     * The connection calls go through: this one until {@code ficus.extracted.*} change in
     * the running process, then the one built from the new settings.
     */
    private volatile RemoteCapability current = this;

    RemoteCapability(String capability, RestClient client, CircuitBreaker circuitBreaker, Retry retry,
            Duration retryAfter) {
        this.capability = capability;
        this.client = client;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.retryAfter = retryAfter;
    }

    /**
     * A call that may be repeated without a second effect: retried, each attempt guarded
     * by the circuit breaker.
     */
    public <T> T idempotent(Function<RestClient, T> call) {
        RemoteCapability now = current;
        return now.guarded(Retry.decorateSupplier(now.retry,
                CircuitBreaker.decorateSupplier(now.circuitBreaker, () -> call.apply(now.client))));
    }

    /**
     * Calls from now on go through {@code next} (its client, circuit and retry); calls
     * under way finish on the old one.
     */
    void reconnect(RemoteCapability next) {
        current = next;
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        }
        catch (CallNotPermittedException e) {
            throw new CapabilityUnavailableException(capability, "circuit open, not called", retryAfter, e);
        }
        catch (ResourceAccessException e) {
            throw unreachable(e);
        }
        catch (HttpServerErrorException e) {
            if (e.getStatusCode().value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                throw new CapabilityUnavailableException(capability, "answered 503", retryAfter, e);
            }
            throw new CapabilityFailedException(HttpStatus.BAD_GATEWAY, capability,
                    "answered " + e.getStatusCode().value(), e);
        }
        catch (HttpClientErrorException e) {
            throw e;
        }
        catch (RestClientException e) {
            // e.g. the connection broke while the answer's body was read
            throw new CapabilityFailedException(HttpStatus.BAD_GATEWAY, capability,
                    "broke off (" + e.getMostSpecificCause().getClass().getSimpleName() + ")", e);
        }
    }

    private RuntimeException unreachable(ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the client's own subclasses are named after the JDK's: what failed, not
            // which library saw it
            if (cause instanceof ConnectException) {
                return new CapabilityUnavailableException(capability, "no connection (ConnectException)", retryAfter,
                        e);
            }
            if (cause instanceof ConnectTimeoutException) {
                return new CapabilityUnavailableException(capability, "no connection (connect timeout)", retryAfter, e);
            }
            if (cause instanceof SocketTimeoutException) {
                return new CapabilityFailedException(HttpStatus.GATEWAY_TIMEOUT, capability, "no answer in time", e);
            }
        }
        return new CapabilityFailedException(HttpStatus.BAD_GATEWAY, capability,
                "broke off (" + e.getMostSpecificCause().getClass().getSimpleName() + ")", e);
    }

}
