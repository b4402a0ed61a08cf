package dev.ficus.shop.inventory.internal;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * A switch that makes the inventory module fail, or answer slowly, inside the running
 * shop, as its store would in an outage or when it is overloaded. Off unless turned on
 * through {@link InventoryOutageEndpoint}, which exists only with
 * {@code ficus.shop.faults.enabled}; the benchmarks use it to compare the blast radius of
 * one failing or slow capability in the monolith and in services.
 */
@Component
class InventoryOutage {

    /** The longest a slow inventory may take per operation. */
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private static final State OFF = new State(false, Duration.ZERO);

    private volatile State state = OFF;

    /** Every inventory operation fails from now on. */
    void begin() {
        state = new State(true, Duration.ZERO);
    }

    /**
     * Every inventory operation takes {@code delay} longer from now on, holding what it
     * holds at that point (its transaction and database connection) as a slow store
     * would; it does not fail.
     */
    void slowDown(Duration delay) {
        if (!allowed(delay)) {
            throw new IllegalArgumentException("the delay must be between 0 and " + MAX_DELAY.toSeconds() + " s");
        }
        state = new State(false, delay);
    }

    static boolean allowed(Duration delay) {
        return !delay.isNegative() && delay.compareTo(MAX_DELAY) <= 0;
    }

    void end() {
        state = OFF;
    }

    boolean failing() {
        return state.failing();
    }

    /** How much longer every inventory operation takes; zero when not slowed down. */
    Duration delay() {
        return state.delay();
    }

    /**
     * Throws while the outage lasts, waits while the inventory is slowed down; every
     * inventory operation asks first.
     */
    void check() {
        State now = state;
        if (now.failing()) {
            throw new InventoryUnavailableException();
        }
        if (!now.delay().isZero()) {
            pause(now.delay());
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InventoryUnavailableException();
        }
    }

    /**
     * What the switch is set to.
     *
     * @param failing every operation fails
     * @param delay every operation takes this much longer
     */
    private record State(boolean failing, Duration delay) {
    }

    /** The inventory's store does not answer; rendered as a 503 problem detail. */
    static class InventoryUnavailableException extends ErrorResponseException {

        InventoryUnavailableException() {
            super(HttpStatus.SERVICE_UNAVAILABLE);
            setDetail("Inventory is unavailable");
        }

    }

}
