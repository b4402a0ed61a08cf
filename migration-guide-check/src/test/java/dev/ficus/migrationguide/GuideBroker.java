package dev.ficus.migrationguide;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The RabbitMQ broker the guide's step 12 needs, where the guide's processes find it by
 * default ({@value #ADDRESS}, guest/guest), with an exchange and a consumer queue of this
 * run only: runs sharing the broker (work trees, CI) never hear each other's events. The
 * guide's commands stay as written; the names reach its processes through the
 * environment, as the ports do through {@link GuideBlocks#withPorts}. Another address
 * (system property {@code ficus.guide.rabbitmq}, {@code host:port}) reaches them the same
 * way; one where nothing listens runs the guide as on a machine without a broker.
 */
final class GuideBroker implements AutoCloseable {

    static final String ADDRESS = "127.0.0.1:5672";

    private final Connection connection;

    private final String host;

    private final int port;

    private final String exchange;

    private final String queue;

    private GuideBroker(Connection connection, String host, int port, String run) {
        this.connection = connection;
        this.host = host;
        this.port = port;
        this.exchange = "migration-guide." + run + ".events";
        this.queue = "migration-guide." + run + ".service";
    }

    /**
     * The broker at {@code address} ({@code host:port}), or why there is none (one line,
     * for a skipped step).
     */
    static Optional<GuideBroker> connect(String address, StringBuilder whyNot) {
        String host = address.substring(0, address.lastIndexOf(':'));
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setConnectionTimeout(2000);
        try {
            return Optional.of(new GuideBroker(factory.newConnection("migration-guide-check"), host, port,
                    UUID.randomUUID().toString().substring(0, 8)));
        }
        catch (IOException | TimeoutException ex) {
            whyNot.append("no RabbitMQ broker answers at ")
                .append(address)
                .append(" (guest/guest): ")
                .append(ex.getClass().getSimpleName())
                .append(Optional.ofNullable(ex.getMessage()).map(message -> ": " + message).orElse(""));
            return Optional.empty();
        }
    }

    /**
     * What the guide's processes read instead of the defaults: the broker's address, and
     * the names of the monolith's forwarding for {@code capability} and of the extracted
     * service's event-sync.
     */
    Map<String, String> environment(String capability) {
        return Map.of("SPRING_RABBITMQ_HOST", host, "SPRING_RABBITMQ_PORT", String.valueOf(port),
                "FICUS_EXTRACTED_" + capability.toUpperCase(Locale.ROOT) + "_EXCHANGE", exchange, "FICUS_SYNC_EXCHANGE",
                exchange, "FICUS_SYNC_QUEUE", queue);
    }

    /**
     * Deletes this run's queue, its dead letters and the exchange; call once the
     * processes that used them stopped.
     */
    @Override
    public void close() throws IOException, TimeoutException {
        try (Channel channel = connection.createChannel()) {
            channel.queueDelete(queue + ".dlq");
            channel.queueDelete(queue);
            channel.exchangeDelete(exchange);
        }
        finally {
            connection.close();
        }
    }

}
