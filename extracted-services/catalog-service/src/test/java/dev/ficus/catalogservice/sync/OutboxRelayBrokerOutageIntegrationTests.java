package dev.ficus.catalogservice.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.catalogservice.CatalogServiceApplication;
import dev.ficus.eventsync.Outbox;
import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductCreated;
import dev.ficus.shop.catalog.internal.CatalogManagement;
import dev.ficus.testsupport.PostgresDatabase;
import dev.ficus.testsupport.RabbitBroker;
import dev.ficus.testsupport.RealServices;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's outbox relay publishing to a real RabbitMQ through a loopback proxy that
 * the test cuts while products are being created: every event arrives once the connection
 * is back.
 */
class OutboxRelayBrokerOutageIntegrationTests {

    private static final int PRODUCTS = 300;

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final String exchange = "catalog-it-" + suffix;

    private final String observerQueue = "catalog-it-" + suffix + ".observer";

    private PostgresDatabase database;

    private CachingConnectionFactory direct;

    private LoopbackTcpProxy proxy;

    @BeforeEach
    void setUp() throws Exception {
        database = RealServices.freshPostgresSchema("catalog_service_it");
        RabbitBroker broker = RealServices.rabbit();
        direct = new CachingConnectionFactory(broker.host(), broker.port());
        direct.setUsername(broker.username());
        direct.setPassword(broker.password());
        RabbitAdmin admin = new RabbitAdmin(direct);
        TopicExchange topic = new TopicExchange(exchange, true, false);
        Queue observer = new Queue(observerQueue, true);
        admin.declareExchange(topic);
        admin.declareQueue(observer);
        admin.declareBinding(BindingBuilder.bind(observer).to(topic).with("#"));
        proxy = LoopbackTcpProxy.to(broker.host(), broker.port());
    }

    @AfterEach
    void tearDown() {
        proxy.close();
        RabbitAdmin admin = new RabbitAdmin(direct);
        admin.deleteQueue(observerQueue);
        admin.deleteExchange(exchange);
        direct.destroy();
    }

    @Test
    void deliversEveryEventAfterTheBrokerConnectionComesBack() {
        long pendingWhileCut;
        try (ConfigurableApplicationContext catalog = startCatalog()) {
            CatalogManagement products = catalog.getBean(CatalogManagement.class);
            Outbox outbox = catalog.getBean(Outbox.class);

            IntStream.rangeClosed(1, PRODUCTS / 3).forEach(n -> products.addProduct(newProduct(n)));
            proxy.cut();
            IntStream.rangeClosed(PRODUCTS / 3 + 1, 2 * PRODUCTS / 3).forEach(n -> products.addProduct(newProduct(n)));
            pause(Duration.ofSeconds(1));
            pendingWhileCut = outbox.pending();
            proxy.restore();
            IntStream.rangeClosed(2 * PRODUCTS / 3 + 1, PRODUCTS).forEach(n -> products.addProduct(newProduct(n)));

            awaitEmptyOutbox(outbox);
        }

        Set<Long> announced = new HashSet<>();
        Set<UUID> eventIds = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        RabbitTemplate observer = new RabbitTemplate(direct);
        for (Message message = observer.receive(observerQueue, 2_000); message != null; message = observer
            .receive(observerQueue, 2_000)) {
            ProductCreated event = json.readValue(message.getBody(), ProductCreated.class);
            announced.add(event.productId());
            eventIds.add(event.eventId());
        }

        assertThat(proxy.dropped()).as("connections the cut dropped or refused").isPositive();
        assertThat(pendingWhileCut).as("events held back while cut").isPositive();
        assertThat(eventIds).hasSize(PRODUCTS);
        assertThat(announced).hasSize(PRODUCTS).contains(1L, (long) PRODUCTS);
    }

    private ConfigurableApplicationContext startCatalog() {
        // command-line arguments, so that they win over application.yml
        return new SpringApplicationBuilder(CatalogServiceApplication.class).profiles("rabbit")
            .run("--spring.main.web-application-type=none", "--spring.datasource.url=" + database.schemaUrl(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(), "--spring.rabbitmq.host=127.0.0.1",
                    "--spring.rabbitmq.port=" + proxy.port(), "--spring.rabbitmq.connection-timeout=2s",
                    "--ficus.sync.exchange=" + exchange, "--ficus.sync.relay-interval=100ms",
                    "--ficus.seed.products=0");
    }

    private static NewProductRequest newProduct(int n) {
        return new NewProductRequest("OUT-" + n, "Outage product " + n, null, "outage",
                new MoneyDto(new BigDecimal("1.00"), "EUR"));
    }

    private static void awaitEmptyOutbox(Outbox outbox) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (outbox.pending() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(outbox.pending() + " events still unpublished after " + PATIENCE);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

}
