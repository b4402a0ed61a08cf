package dev.ficus.shop.extraction;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP connection to one extracted service. Calls go through the service's circuit breaker and are retried on a
 * connection failure or a 5xx answer, so only calls that may be repeated without a second effect may use it (every
 * call of the catalog and inventory APIs is: lookups, and reservations keyed by order id). A 4xx answer is the
 * caller's to translate (it is a valid answer of the contract and counts neither for nor against the circuit);
 * everything else ends as a {@link CapabilityUnavailableException}.
 */
public final class RemoteCapability {

    private final String capability;
    private final RestClient client;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    RemoteCapability(String capability, RestClient client, CircuitBreaker circuitBreaker, Retry retry) {
        this.capability = capability;
        this.client = client;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
    }

    /** A call that may be repeated without a second effect: retried, each attempt guarded by the circuit breaker. */
    public <T> T idempotent(Function<RestClient, T> call) {
        return guarded(Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker,
                () -> call.apply(client))));
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (CallNotPermittedException e) {
            throw new CapabilityUnavailableException(capability, "circuit open, not called", e);
        } catch (ResourceAccessException e) {
            throw new CapabilityUnavailableException(capability, "no answer (" + e.getMostSpecificCause()
                    .getClass().getSimpleName() + ")", e);
        } catch (HttpServerErrorException e) {
            throw new CapabilityUnavailableException(capability, "answered " + e.getStatusCode().value(), e);
        }
    }
}
