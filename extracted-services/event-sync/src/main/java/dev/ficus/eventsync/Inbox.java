package dev.ficus.eventsync;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which events a service has applied, so that a redelivered event has no second
 * effect.
 */
public class Inbox {

    private final JdbcClient jdbc;

    private final String table;

    private final Clock clock;

    Inbox(JdbcClient jdbc, String table, Clock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.clock = clock;
    }

    /**
     * Records {@code eventId} in the current transaction; {@code false} when it was
     * applied before. Committing the effect and this record together is what makes the
     * consumer exactly-once in effect.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType) {
        // insert ... where not exists: a failed insert would abort a PostgreSQL
        // transaction
        int inserted = jdbc
            .sql("insert into " + table + " (event_id, event_type, received_at) select ?, ?, ? "
                    + "where not exists (select 1 from " + table + " where event_id = ?)")
            .params(eventId.toString(), eventType, Timestamp.from(clock.instant()), eventId.toString())
            .update();
        return inserted == 1;
    }

}
