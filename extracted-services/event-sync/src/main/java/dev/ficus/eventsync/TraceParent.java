package dev.ficus.eventsync;

import java.util.Optional;

/**
 * The W3C {@code traceparent} of the current span, so that an event carries the trace of
 * the request that caused it across the outbox and the broker.
 */
@FunctionalInterface
interface TraceParent {

    String HEADER = "traceparent";

    /** For applications without a tracer: events carry no trace. */
    TraceParent NONE = Optional::empty;

    /** The current span's {@code traceparent}, or empty outside a span. */
    Optional<String> current();

}
