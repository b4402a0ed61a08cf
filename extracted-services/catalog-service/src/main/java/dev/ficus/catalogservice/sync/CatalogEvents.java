package dev.ficus.catalogservice.sync;

import dev.ficus.eventsync.Outbox;
import dev.ficus.shop.api.catalog.ProductCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the catalog module's integration events into the outbox, inside the transaction
 * that made the change: where the monolith externalises them through its event
 * publication registry, the service relays them to the broker.
 */
@Component
class CatalogEvents {

    private final Outbox outbox;

    CatalogEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ProductCreated event) {
        outbox.add(event.eventId(), event);
    }

}
