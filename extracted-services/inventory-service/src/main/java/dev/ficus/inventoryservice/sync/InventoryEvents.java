package dev.ficus.inventoryservice.sync;

import dev.ficus.eventsync.Outbox;
import dev.ficus.shop.api.inventory.StockChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the inventory module's integration events into the outbox, inside the transaction
 * that changed the stock: where the monolith externalises them through its event
 * publication registry, the service relays them.
 */
@Component
class InventoryEvents {

    private final Outbox outbox;

    InventoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(StockChanged event) {
        outbox.add(event.eventId(), event);
    }

}
