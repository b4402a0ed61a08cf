package dev.ficus.analyzer.document;

/**
 * A type named like the event of a listener entry point ({@code listener OrderPlaced}):
 * what the generated outbox publishes and the generated consumer receives. A name two
 * types share gives two of them, so a reader knows the name is ambiguous.
 *
 * @param type fully qualified name
 * @param eventId whether it declares a {@code UUID eventId} (a record component or a
 * field) the outbox can key on
 */
public record EventType(String type, boolean eventId) {
}
