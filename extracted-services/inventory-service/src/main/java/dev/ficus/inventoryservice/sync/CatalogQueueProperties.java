package dev.ficus.inventoryservice.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The queue through which the inventory hears about catalog events.
 *
 * @param name the queue; its dead-letter queue is {@code name + ".dlq"}
 */
@ConfigurationProperties("ficus.inventory.catalog-queue")
public record CatalogQueueProperties(@DefaultValue("inventory-service.catalog-events") String name) {

    /** Where messages go that could not be applied. */
    public String deadLetterName() {
        return name + ".dlq";
    }
}
