package dev.ficus.eventsync;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records integration events in the service's outbox table, inside the transaction that
 * caused them.
 */
public class Outbox {

    private final JdbcClient jdbc;

    private final EventJson json;

    private final String table;

    private final Clock clock;

    private final TraceParent traceParent;

    Outbox(JdbcClient jdbc, EventJson json, String table, Clock clock, TraceParent traceParent) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.clock = clock;
        this.traceParent = traceParent;
    }

    /**
     * Adds {@code event}; it is published after the surrounding transaction commits, or
     * never if it rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(UUID eventId, Object event) {
        jdbc.sql("insert into " + table
                + " (event_id, event_type, payload, created_at, traceparent) values (?, ?, ?, ?, ?)")
            .param(1, eventId.toString())
            .param(2, event.getClass().getSimpleName())
            .param(3, json.write(event))
            .param(4, Timestamp.from(clock.instant()))
            .param(5, traceParent.current().orElse(null))
            .update();
    }

    /** How many events wait for the relay. */
    public long pending() {
        return jdbc.sql("select count(*) from " + table + " where published_at is null").query(Long.class).single();
    }

}
