package dev.ficus.shop.inventory.internal;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/faults/inventory}: POST starts an inventory outage, DELETE ends it,
 * GET tells. Only for benchmarks and drills: the bean exists only with
 * {@code ficus.shop.faults.enabled=true}.
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
    Map<String, Boolean> state(@Selector String capability) {
        requireInventory(capability);
        return Map.of("failing", outage.failing());
    }

    @WriteOperation
    Map<String, Boolean> begin(@Selector String capability) {
        requireInventory(capability);
        outage.begin();
        return Map.of("failing", true);
    }

    @DeleteOperation
    Map<String, Boolean> end(@Selector String capability) {
        requireInventory(capability);
        outage.end();
        return Map.of("failing", false);
    }

    private static void requireInventory(String capability) {
        if (!CAPABILITY.equals(capability)) {
            String reason = "only the inventory can be made to fail, not " + capability;
            throw new InvalidEndpointRequestException(reason, reason);
        }
    }

}
