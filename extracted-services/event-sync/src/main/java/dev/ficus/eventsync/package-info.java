/**
 * Event sync for the extracted services: a transactional outbox written in the business
 * transaction, a relay that publishes it to RabbitMQ with publisher confirms, and an
 * inbox that makes consumers idempotent by event id. The Spring Modulith AMQP
 * externalizer (2.x) is not available in the package registry, so the relay plays the
 * part of the event publication registry.
 */
@NullMarked
package dev.ficus.eventsync;

import org.jspecify.annotations.NullMarked;
