package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monolith's inbox for the events an extracted candidate publishes: generated among
 * the monolith adapters when a class outside the candidate listens to one of them, never
 * otherwise. The shop fixture's {@code orders} is made to publish {@code OrderPlaced}.
 */
class GeneratedMonolithEventInboxUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Path SHOP = Path.of("src/test/resources/fixtures/plan/shop").toAbsolutePath();

    private static final String ORDER_PLACED = "com.example.shop.orders.OrderPlaced";

    private static final String INBOX = "monolith-adapters/src/main/java/com/example/shop/orders/internal/remote/"
            + "OrdersEventInbox.java";

    @TempDir
    Path folder;

    private Path plan;

    @BeforeEach
    void planWhereOrdersPublishesOrderPlaced() {
        MigrationPlan committed = PlanFiles.read(SHOP.resolve("plan.json"));
        PlanFiles.write(new MigrationPlan(committed.schemaVersion(), SHOP.toString(), committed.candidates(),
                committed.calledTypes(), committed.events()), folder.resolve("ficus-out"));
        plan = folder.resolve("ficus-out/plan.json");
        ObjectNode document = (ObjectNode) JSON.readTree(plan.toFile());
        ((ArrayNode) candidate(document, "orders").path("movingTypes")).add(ORDER_PLACED);
        document.putArray("events").addObject().put("type", ORDER_PLACED).put("eventId", false);
        JSON.writeValue(plan.toFile(), document);
    }

    @Test
    void handsTheEventsAnotherCandidateListensToFromTheBrokerToTheMonolithsListenersOncePerMessage()
            throws IOException {
        listensToOrderPlaced("notifications");

        Path out = extractOrders();

        assertThat(Files.readString(out.resolve(INBOX)))
            .contains("package com.example.shop.orders.internal.remote;", "import " + ORDER_PLACED + ";",
                    "@ConditionalOnProperty(name = \"ficus.extracted.orders.events\", havingValue = \"rabbit\")",
                    "class OrdersEventInbox implements InitializingBean {",
                    "static final String QUEUE = \"${ficus.extracted.orders.queue:monolith.orders-service.events}\";",
                    "static final String EXCHANGE = \"${ficus.extracted.orders.exchange:ficus.shop.events}\";",
                    "static final String TABLE = \"orders_service_inbox\";",
                    "Map.ofEntries(Map.entry(\"OrderPlaced\", OrderPlaced.class));", "create table if not exists ",
                    "@RabbitListener(queues = QUEUE)\n    @Transactional\n    public void on(Message message) {",
                    "if (!firstDelivery(eventId(id), type)) {\n            return;\n        }",
                    "this.events.publishEvent(this.json.readValue(message.getBody(), eventType));")
            .doesNotContain("{{");
    }

    @Test
    void listsTheInboxAndItsSwitchInTheMonolithAdaptersReadme() throws IOException {
        listensToOrderPlaced("notifications");

        Path out = extractOrders();

        assertThat(Files.readString(out.resolve("monolith-adapters/README.md")))
            .contains("- `src/main/java/com/example/shop/orders/internal/remote/OrdersEventInbox.java`")
            .contains("Events cross the broker only with `ficus.extracted.orders.events=rabbit`")
            .contains("`management.health.rabbit.enabled=false`\nkeeps the monolith's health UP without one")
            .contains("\n- `OrdersEventInbox` hands the events the service publishes to the monolith's listeners, once"
                    + " per message (table `orders_service_inbox`, created if absent).")
            .contains("\n\nThe exchange is `ficus.extracted.orders.exchange` (default `ficus.shop.events`, the"
                    + " service's `ficus.sync.exchange`).");
    }

    @Test
    void listenersForwardingLeavesAnEventToItsPublishersServiceOnceThatSendsItItself() throws IOException {
        listensToOrderPlaced("notifications");

        Path out = folder.resolve("notifications-service");
        Extractor.extract(new ExtractRequest(plan, "notifications", out, Optional.empty(), false));

        assertThat(Files.readString(out.resolve("monolith-adapters/src/main/java/com/example/shop/notifications/"
                + "internal/remote/NotificationsEventForwarding.java")))
            .contains(
                    "void on(OrderPlaced event) {\n        if (!sentByItsService(\"orders\")) {\n"
                            + "            send(event);\n        }\n    }",
                    "return \"rabbit\".equals(this.environment.getProperty(\"ficus.extracted.\" + candidate + "
                            + "\".events\"));");
    }

    @Test
    void forwardsToTheExchangeItsSettingNamesLikeTheServicesConsumer() throws IOException {
        listensToOrderPlaced("notifications");

        Path out = folder.resolve("notifications-service");
        Extractor.extract(new ExtractRequest(plan, "notifications", out, Optional.empty(), false));

        assertThat(Files.readString(out.resolve("monolith-adapters/src/main/java/com/example/shop/notifications/"
                + "internal/remote/NotificationsEventForwarding.java")))
            .contains("static final String EXCHANGE = \"${ficus.extracted.notifications.exchange:ficus.shop.events}\";",
                    "@Value(EXCHANGE) String exchange", "this.rabbit.send(this.exchange, type,")
            .doesNotContain("{{");
    }

    @Test
    void generatesNoInboxWhenOnlyTheCandidateItselfListens() throws IOException {
        listensToOrderPlaced("orders");

        Path out = extractOrders();

        assertThat(out.resolve(INBOX)).doesNotExist();
        assertThat(javaFilesUnder(out)).noneMatch(file -> file.endsWith("EventInbox.java"));
    }

    @Test
    void generatesNoInboxWhenNoOneListens() throws IOException {
        Path out = extractOrders();

        assertThat(javaFilesUnder(out)).noneMatch(file -> file.endsWith("EventInbox.java"));
        assertThat(out.resolve("src/main/java/dev/ficus/ordersservice/sync/OrdersEvents.java")).doesNotExist();
    }

    private void listensToOrderPlaced(String candidate) {
        ObjectNode document = (ObjectNode) JSON.readTree(plan.toFile());
        ((ArrayNode) candidate(document, candidate).path("entryPoints")).add("listener OrderPlaced (Listeners.on)");
        JSON.writeValue(plan.toFile(), document);
    }

    private static JsonNode candidate(ObjectNode document, String name) {
        for (JsonNode candidate : document.path("candidates")) {
            if (candidate.path("name").asString().equals(name)) {
                return candidate.path("boundary");
            }
        }
        throw new IllegalArgumentException("no candidate " + name);
    }

    private Path extractOrders() {
        Path out = folder.resolve("orders-service");
        Extractor.extract(new ExtractRequest(plan, "orders", out, Optional.empty(), false));
        return out;
    }

    private static Stream<String> javaFilesUnder(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.map(Path::toString).filter(file -> file.endsWith(".java")).toList().stream();
        }
    }

}
