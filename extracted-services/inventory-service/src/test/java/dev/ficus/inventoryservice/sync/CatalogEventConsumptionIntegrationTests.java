package dev.ficus.inventoryservice.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.inventoryservice.InventoryServiceApplication;
import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.catalog.ProductCreated;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.inventory.internal.InventoryManagement;
import dev.ficus.testsupport.PostgresDatabase;
import dev.ficus.testsupport.RabbitBroker;
import dev.ficus.testsupport.RealServices;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inventory consuming catalog events from a real RabbitMQ into a real PostgreSQL: a
 * consumer stopped in the middle of a stream and started again, redelivered duplicates,
 * and a poison message.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogEventConsumptionIntegrationTests {

    private static final int EVENTS = 1_000;

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final String exchange = "inventory-it-" + suffix;

    private final String queue = "inventory-it-" + suffix + ".catalog-events";

    private PostgresDatabase database;

    private RabbitBroker broker;

    private CachingConnectionFactory connectionFactory;

    private RabbitTemplate publisher;

    private JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        database = RealServices.freshPostgresSchema("inventory_service_it");
        broker = RealServices.rabbit();
        connectionFactory = new CachingConnectionFactory(broker.host(), broker.port());
        connectionFactory.setUsername(broker.username());
        connectionFactory.setPassword(broker.password());
        publisher = new RabbitTemplate(connectionFactory);
        new RabbitAdmin(connectionFactory).declareExchange(new TopicExchange(exchange, true, false));
        jdbc = JdbcClient
            .create(new DriverManagerDataSource(database.schemaUrl(), database.username(), database.password()));
    }

    @AfterEach
    void tearDown() {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        admin.deleteQueue(queue);
        admin.deleteQueue(queue + ".dlq");
        admin.deleteExchange(exchange);
        connectionFactory.destroy();
    }

    @Test
    void appliesEveryEventExactlyOnceAcrossAConsumerRestart() {
        List<ProductCreated> events = LongStream.rangeClosed(1, EVENTS).mapToObj(this::productCreated).toList();
        long stoppedAt;
        try (ConfigurableApplicationContext first = startInventory()) {
            events.forEach(this::publish);
            awaitAtLeast(EVENTS / 4, this::inboxCount);
        }
        stoppedAt = inboxCount();
        // the same events once more, as a publisher retrying after a lost confirm would
        // send them
        events.subList(0, 100).forEach(this::publish);

        try (ConfigurableApplicationContext second = startInventory()) {
            awaitAtLeast(EVENTS, this::inboxCount);
            awaitAtLeast(0, () -> -queueDepth(queue));
        }

        assertThat(stoppedAt).as("consumer stopped mid-stream").isBetween((long) EVENTS / 4, (long) EVENTS - 1);
        assertThat(inboxCount()).isEqualTo(EVENTS);
        assertThat(knownProductCount()).isEqualTo(EVENTS);
        assertThat(jdbc.sql("select min(product_id), max(product_id) from inventory_known_product")
            .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
            .single()).containsExactly(1L, (long) EVENTS);
        assertThat(queueDepth(queue + ".dlq")).isZero();
    }

    @Test
    void deadLettersAPoisonMessageWithTheReasonAndKeepsConsuming(CapturedOutput output) {
        try (ConfigurableApplicationContext inventory = startInventory()) {
            publish(productCreated(1));
            publisher.send(exchange, "ProductCreated",
                    MessageBuilder.withBody("{not json".getBytes(StandardCharsets.UTF_8))
                        .setMessageId("poison-1")
                        .setType("ProductCreated")
                        .build());
            publish(productCreated(2));
            publish(productCreated(3));

            awaitAtLeast(3, this::knownProductCount);
            awaitAtLeast(1, () -> queueDepth(queue + ".dlq"));
            assertThat(inventory.getBean(InventoryManagement.class).stockLevel(3))
                .isEqualTo(new StockLevelDto(3, 0, 0, 0));
        }

        Message deadLetter = publisher.receive(queue + ".dlq", 5_000);
        assertThat(deadLetter).isNotNull();
        assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(knownProductCount()).isEqualTo(3);
        assertThat(output.getAll()).contains("Dead-lettering message id=poison-1 type=ProductCreated")
            .contains("unreadable ProductCreated");
    }

    private ConfigurableApplicationContext startInventory() {
        // command-line arguments, so that they win over application.yml
        return new SpringApplicationBuilder(InventoryServiceApplication.class).profiles("rabbit")
            .run("--spring.main.web-application-type=none", "--spring.datasource.url=" + database.schemaUrl(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(), "--spring.rabbitmq.host=" + broker.host(),
                    "--spring.rabbitmq.port=" + broker.port(), "--spring.rabbitmq.username=" + broker.username(),
                    "--spring.rabbitmq.password=" + broker.password(), "--ficus.sync.exchange=" + exchange,
                    "--ficus.inventory.catalog-queue.name=" + queue, "--ficus.seed.products=0");
    }

    private ProductCreated productCreated(long productId) {
        return new ProductCreated(UUID.nameUUIDFromBytes(("product-" + productId).getBytes(StandardCharsets.UTF_8)),
                productId, "IT-" + productId, "Product " + productId, "books",
                new MoneyDto(new BigDecimal("9.99"), "EUR"), Instant.parse("2026-11-25T12:00:00Z"));
    }

    private void publish(ProductCreated event) {
        publisher.send(exchange, "ProductCreated",
                MessageBuilder.withBody(json.writeValueAsBytes(event))
                    .setMessageId(event.eventId().toString())
                    .setType("ProductCreated")
                    .build());
    }

    private long inboxCount() {
        return jdbc.sql("select count(*) from inventory_inbox").query(Long.class).single();
    }

    private long knownProductCount() {
        return jdbc.sql("select count(*) from inventory_known_product").query(Long.class).single();
    }

    private long queueDepth(String name) {
        QueueInformation info = new RabbitAdmin(connectionFactory).getQueueInfo(name);
        return info == null ? 0 : info.getMessageCount();
    }

    private static void awaitAtLeast(long expected, LongSupplier actual) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (actual.getAsLong() < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + expected + ", have " + actual.getAsLong());
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

}
