package dev.ficus.extractcheck;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.ficus.testsupport.RabbitBroker;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The test's own connection to the broker the generated services relay through: an
 * exchange and a consumer queue named for this run only (so that runs sharing the local
 * RabbitMQ never take each other's events), a tap queue that keeps a copy of every
 * {@code OrderShipped} sent to that exchange, and the means to deliver such a copy a
 * second time, as a broker does after a lost acknowledgement. Two queues consume there:
 * the notifications service's and the monolith's.
 */
final class BrokerTap implements AutoCloseable {

    static final String ORDER_SHIPPED = "OrderShipped";

    private final String exchange;

    private final String queue;

    private final String monolithQueue;

    private final Connection connection;

    private final Channel channel;

    private final String tap;

    private BrokerTap(String run, Connection connection) throws IOException {
        this.exchange = "extract-check." + run + ".events";
        this.queue = "extract-check." + run + ".notifications";
        this.monolithQueue = "extract-check." + run + ".monolith";
        this.connection = connection;
        this.channel = connection.createChannel();
        this.channel.exchangeDeclare(exchange, "topic", true);
        this.tap = channel.queueDeclare().getQueue();
        this.channel.queueBind(tap, exchange, ORDER_SHIPPED);
    }

    static BrokerTap open(RabbitBroker broker) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        return new BrokerTap(UUID.randomUUID().toString().substring(0, 8), factory.newConnection("extract-check"));
    }

    /** {@code ficus.sync.exchange} of the services in this run. */
    String exchange() {
        return exchange;
    }

    /** {@code ficus.sync.queue} of the consuming service in this run. */
    String queue() {
        return queue;
    }

    /** {@code ficus.extracted.shipping.queue} of the monolith in this run. */
    String monolithQueue() {
        return monolithQueue;
    }

    /** How many consumers the queue named {@code name} has; fails when there is none. */
    int consumersOf(String name) throws IOException {
        try (Channel passive = connection.createChannel()) {
            return passive.queueDeclarePassive(name).getConsumerCount();
        }
        catch (TimeoutException e) {
            throw new IOException(e);
        }
    }

    /**
     * The next event the tap saw for {@code orderId}, polled every 100 ms; other events
     * are passed over.
     */
    GetResponse awaitOrderShipped(long orderId, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            GetResponse message = channel.basicGet(tap, true);
            if (message == null) {
                Thread.sleep(100);
            }
            else if (new String(message.getBody()).contains("\"orderId\":" + orderId + ",")) {
                return message;
            }
        }
        throw new AssertionError("no " + ORDER_SHIPPED + " for order " + orderId + " on " + exchange);
    }

    /** Sends the same message again: same id, type and body. */
    void deliverAgain(GetResponse message) throws IOException {
        AMQP.BasicProperties properties = message.getProps();
        channel.basicPublish(exchange, message.getEnvelope().getRoutingKey(), properties, message.getBody());
    }

    /**
     * Deletes what this run declared; call after the services that consume the queue
     * stopped.
     */
    @Override
    public void close() throws IOException, TimeoutException {
        try {
            for (String consumed : new String[] { queue, monolithQueue }) {
                channel.queueDelete(consumed + ".dlq");
                channel.queueDelete(consumed);
            }
            channel.exchangeDelete(exchange);
        }
        finally {
            connection.close();
        }
    }

}
