package dev.ficus.eventsync;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes outbox rows to RabbitMQ in the order they were written and marks them
 * published only after the broker confirmed them, so a lost connection delays events but
 * never drops them (consumers dedupe repeats).
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final long CONFIRM_TIMEOUT_MILLIS = 5_000;

    private final JdbcClient jdbc;

    private final RabbitTemplate rabbit;

    private final SyncProperties properties;

    private final Clock clock;

    OutboxRelay(JdbcClient jdbc, RabbitTemplate rabbit, SyncProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rabbit = rabbit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One relay pass: publishes the oldest unpublished rows; returns how many were
     * confirmed.
     */
    @Scheduled(fixedDelayString = "${ficus.sync.relay-interval:200ms}")
    public int relay() {
        List<PendingEvent> batch = jdbc
            .sql("select seq, event_id, event_type, payload, traceparent from " + properties.outboxTable()
                    + " where published_at is null order by seq fetch first ? rows only")
            .param(properties.relayBatch())
            .query(PendingEvent.class)
            .list();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            rabbit.invoke(operations -> {
                batch.forEach(event -> operations.send(properties.exchange(), event.eventType(), event.toMessage()));
                operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
                return batch.size();
            });
        }
        catch (AmqpException e) {
            log.warn("Outbox relay could not publish {} event(s), will retry: {}", batch.size(), e.getMessage());
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        batch.forEach(event -> jdbc.sql("update " + properties.outboxTable() + " set published_at = ? where seq = ?")
            .params(now, event.seq())
            .update());
        return batch.size();
    }

    /** An outbox row waiting for the broker. */
    record PendingEvent(long seq, String eventId, String eventType, String payload, @Nullable String traceparent) {

        Message toMessage() {
            Message message = MessageBuilder.withBody(payload.getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setMessageId(eventId)
                .setType(eventType)
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
            if (traceparent != null) {
                message.getMessageProperties().setHeader(TraceParent.HEADER, traceparent);
            }
            return message;
        }
    }

}
