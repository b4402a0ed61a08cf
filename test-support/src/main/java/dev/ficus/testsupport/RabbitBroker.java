package dev.ficus.testsupport;

/** Where a test finds a real RabbitMQ broker. */
public record RabbitBroker(String host, int port, String username, String password) {
}
