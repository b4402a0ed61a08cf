package dev.ficus.shop.inventory.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/faults/inventory}: POST starts an inventory outage; POST to
 * {@code /actuator/faults/inventory/{delay}} ({@code .../2s}, {@code .../500ms}) makes
 * every inventory operation take that much longer without failing; DELETE ends either;
 * GET tells ({@code failing}, {@code delayMillis}). Only for benchmarks and drills: the
 * bean exists only with {@code ficus.shop.faults.enabled=true}.
 */
@Component
@Endpoint(id = "faults")
@ConditionalOnBooleanProperty("ficus.shop.faults.enabled")
class InventoryOutageEndpoint {

    private static final String CAPABILITY = "inventory";

    private final InventoryOutage outage;

    InventoryOutageEndpoint(InventoryOutage outage) {
        this.outage = outage;
    }

    @ReadOperation
    Map<String, Object> state(@Selector String capability) {
        requireInventory(capability);
        return state();
    }

    @WriteOperation
    Map<String, Object> begin(@Selector String capability) {
        requireInventory(capability);
        outage.begin();
        return state();
    }

    @WriteOperation
    Map<String, Object> slowDown(@Selector String capability, @Selector String delay) {
        requireInventory(capability);
        Duration slowBy = parse(delay);
        if (!InventoryOutage.allowed(slowBy)) {
            throw invalid(
                    "the delay must be between 0 and " + InventoryOutage.MAX_DELAY.toSeconds() + " s, not " + delay);
        }
        outage.slowDown(slowBy);
        return state();
    }

    @DeleteOperation
    Map<String, Object> end(@Selector String capability) {
        requireInventory(capability);
        outage.end();
        return state();
    }

    private Map<String, Object> state() {
        return Map.of("failing", outage.failing(), "delayMillis", outage.delay().toMillis());
    }

    private static Duration parse(String delay) {
        try {
            return DurationStyle.detectAndParse(delay);
        }
        catch (IllegalArgumentException ex) {
            throw invalid("the delay must be a time such as 2s or 500ms, not " + delay);
        }
    }

    private static InvalidEndpointRequestException invalid(String reason) {
        return new InvalidEndpointRequestException(reason, reason);
    }

    private static void requireInventory(String capability) {
        if (!CAPABILITY.equals(capability)) {
            String reason = "only the inventory can be made to fail or slow, not " + capability;
            throw new InvalidEndpointRequestException(reason, reason);
        }
    }

}
