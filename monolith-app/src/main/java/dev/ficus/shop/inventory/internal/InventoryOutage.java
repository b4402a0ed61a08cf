package dev.ficus.shop.inventory.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A switch that makes the inventory module fail inside the running shop, as its store
 * would in an outage. Off unless turned on through {@link InventoryOutageEndpoint}, which
 * exists only with {@code ficus.shop.faults.enabled}; the benchmarks use it to compare
 * the blast radius of one failing capability in the monolith and in services.
 */
@Component
class InventoryOutage {

    private final AtomicBoolean failing = new AtomicBoolean();

    void begin() {
        failing.set(true);
    }

    void end() {
        failing.set(false);
    }

    boolean failing() {
        return failing.get();
    }

    /** Throws while the outage lasts; every inventory operation asks first. */
    void check() {
        if (failing.get()) {
            throw new InventoryUnavailableException();
        }
    }

    /** The inventory's store does not answer; rendered as a 503 problem detail. */
    static class InventoryUnavailableException extends ErrorResponseException {

        InventoryUnavailableException() {
            super(HttpStatus.SERVICE_UNAVAILABLE);
            setDetail("Inventory is unavailable");
        }

    }

}
