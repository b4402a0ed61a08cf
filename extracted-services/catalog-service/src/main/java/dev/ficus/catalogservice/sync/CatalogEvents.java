package dev.ficus.catalogservice.sync;

import dev.ficus.eventsync.Outbox;
import dev.ficus.shop.api.catalog.ProductCreated;
import dev.ficus.shop.api.catalog.ProductDto;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns catalog changes into integration events in the outbox, inside the change's transaction. */
@Component
public class CatalogEvents {

    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CatalogEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records that {@code product} was added. */
    public void productCreated(ProductDto product) {
        UUID eventId = UUID.randomUUID();
        outbox.add(eventId, new ProductCreated(eventId, product.id(), product.sku(), product.name(), product.category(),
                product.price(), clock.instant()));
    }
}
