package dev.ficus.eventsync;

/**
 * Writes an event as the JSON payload of its outbox row, with the application's own
 * Jackson mapper: Jackson 3's {@code JsonMapper} on Spring Boot 4, Jackson 2's
 * {@code ObjectMapper} on Spring Boot 3, so one jar serves a service on either.
 */
@FunctionalInterface
interface EventJson {

    String write(Object event);

}
