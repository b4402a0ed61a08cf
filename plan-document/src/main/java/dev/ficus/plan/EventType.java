package dev.ficus.plan;

/**
 * A type named like the event of a candidate's listener entry point
 * ({@code listener OrderPlaced}): what the generated outbox publishes and the generated
 * consumer receives. A name two types share gives two of them.
 *
 * @param type fully qualified name, a nested type's as {@code Outer.Inner}
 * @param eventId whether {@code eventId()} gives its {@code UUID}, which the outbox can
 * key on
 */
public record EventType(String type, boolean eventId) {
}
