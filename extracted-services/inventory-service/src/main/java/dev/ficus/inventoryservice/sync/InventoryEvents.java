package dev.ficus.inventoryservice.sync;

import dev.ficus.eventsync.Outbox;
import dev.ficus.shop.api.inventory.StockChanged;
import dev.ficus.shop.api.inventory.StockLevelDto;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns stock changes into integration events in the outbox, inside the change's transaction. */
@Component
public class InventoryEvents {

    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    InventoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the new stock level of a product. */
    public void stockChanged(StockLevelDto level) {
        UUID eventId = UUID.randomUUID();
        outbox.add(eventId, new StockChanged(eventId, level.productId(), level.onHand(), level.reserved(),
                clock.instant()));
    }
}
