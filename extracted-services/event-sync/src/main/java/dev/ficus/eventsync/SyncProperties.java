package dev.ficus.eventsync;

import dev.ficus.shop.api.ShopApi;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event sync settings of one service.
 *
 * @param mode {@code rabbit} relays the outbox and consumes events, {@code local} keeps
 * events in the outbox only
 * @param exchange topic exchange integration events go to (routing key = event type)
 * @param outboxTable the service's outbox table
 * @param inboxTable the service's inbox table
 * @param relayInterval pause between two relay passes
 * @param relayBatch outbox rows published per pass
 */
@ConfigurationProperties("ficus.sync")
public record SyncProperties(@DefaultValue("local") String mode, @DefaultValue(ShopApi.EVENTS_EXCHANGE) String exchange,
        String outboxTable, String inboxTable, @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("200") int relayBatch) {

    /** Whether events travel through RabbitMQ. */
    public boolean rabbit() {
        return "rabbit".equals(mode);
    }
}
