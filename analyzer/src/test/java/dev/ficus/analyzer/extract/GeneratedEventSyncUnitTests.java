package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker settings of a generated service: the {@code rabbit} profile event-sync's
 * outbox relay needs, and the consumer's queue taken from {@code ficus.sync.queue}.
 */
class GeneratedEventSyncUnitTests {

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop").toAbsolutePath();

    private static final ServiceNames NOTIFICATIONS = new ServiceNames("notifications",
            "dev.ficus.notificationsservice", "Notifications", "notifications-service", "notifications", 8101);

    @TempDir
    Path folder;

    @Test
    void rabbitProfileSelectsThePublisherConfirmsTheOutboxRelayWaitsFor() throws IOException {
        Path out = extractCatalog();

        Properties rabbit = properties(out.resolve("src/main/resources/application-rabbit.properties"));

        assertThat(rabbit.getProperty("ficus.sync.mode")).isEqualTo("rabbit");
        assertThat(rabbit.getProperty("spring.rabbitmq.publisher-confirm-type")).isEqualTo("simple");
    }

    @Test
    void namesTheConsumersQueueInFicusSyncQueueOnePerService() throws IOException {
        Path out = extractCatalog();

        Properties application = properties(out.resolve("src/main/resources/application.properties"));

        assertThat(application.getProperty("ficus.sync.queue")).isEqualTo("catalog-service.events");
    }

    @Test
    void consumerDeclaresAndListensOnTheQueueFicusSyncQueueNames() {
        String consumer = EventSources.consumer(NOTIFICATIONS, List.of("com.example.shop.orders.OrderPlaced"),
                BootLine.FOUR);

        assertThat(consumer)
            .contains("static final String QUEUE = \"${ficus.sync.queue:notifications-service.events}\";")
            .contains("Declarables notificationsEventQueue(SyncProperties sync, @Value(QUEUE) String name) {")
            .contains("QueueBuilder.durable(name + \".dlq\")")
            .contains("QueueBuilder.durable(name).deadLetterExchange(\"\").deadLetterRoutingKey(name + \".dlq\")")
            .contains("@RabbitListener(queues = QUEUE)")
            .contains("Map.ofEntries(Map.entry(\"OrderPlaced\", OrderPlaced.class))")
            .doesNotContain("durable(QUEUE");
    }

    private Path extractCatalog() {
        MigrationPlan committed = PlanFiles.read(SHOP.resolve("plan.json"));
        PlanFiles.write(new MigrationPlan(committed.schemaVersion(), SHOP.toString(), committed.candidates(),
                committed.calledTypes(), committed.events()), folder.resolve("ficus-out"));
        Path out = folder.resolve("catalog-service");
        Extractor.extract(
                new ExtractRequest(folder.resolve("ficus-out/plan.json"), "catalog", out, Optional.empty(), false));
        return out;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }

}
