package dev.ficus.inventoryservice.sync;

import dev.ficus.eventsync.Inbox;
import dev.ficus.inventoryservice.catalog.KnownProducts;
import dev.ficus.shop.api.catalog.ProductCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies catalog events to the inventory exactly once in effect: the inbox row and the
 * effect commit together, so a redelivered event is acknowledged without a second effect.
 */
@Component
@ConditionalOnProperty(name = "ficus.sync.mode", havingValue = "rabbit")
class CatalogEventListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogEventListener.class);

    private final Inbox inbox;

    private final KnownProducts knownProducts;

    private final JsonMapper json;

    CatalogEventListener(Inbox inbox, KnownProducts knownProducts, JsonMapper json) {
        this.inbox = inbox;
        this.knownProducts = knownProducts;
        this.json = json;
    }

    @RabbitListener(queues = "${ficus.inventory.catalog-queue.name:inventory-service.catalog-events}")
    @Transactional
    public void on(Message message) {
        ProductCreated event = read(message);
        if (!inbox.firstDelivery(event.eventId(), "ProductCreated")) {
            log.debug("Skipping redelivered event {}", event.eventId());
            return;
        }
        knownProducts.add(event.productId());
        log.info("Product {} known from catalog event {}", event.productId(), event.eventId());
    }

    private ProductCreated read(Message message) {
        try {
            ProductCreated event = json.readValue(message.getBody(), ProductCreated.class);
            if (event.eventId() == null || event.productId() < 1) {
                throw new AmqpRejectAndDontRequeueException("ProductCreated without event id or product id");
            }
            return event;
        }
        catch (JacksonException e) {
            throw new AmqpRejectAndDontRequeueException("unreadable ProductCreated: " + e.getOriginalMessage(), e);
        }
    }

}
