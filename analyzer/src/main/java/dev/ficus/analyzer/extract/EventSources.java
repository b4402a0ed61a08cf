package dev.ficus.analyzer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The event side of a service: its outbox for the events its module publishes, its
 * idempotent consumer for those it listens to (both on extracted-services' event-sync),
 * and the monolith's two adapters: the forwarding that sends the service the events it
 * listens to, and the inbox that hands the events it publishes to the monolith's
 * listeners.
 */
final class EventSources {

    /** The exchange event-sync relays to (its {@code ficus.sync.exchange} default). */
    static final String EXCHANGE = "ficus.shop.events";

    private static final Template OUTBOX = Template.load("EventOutbox.java");

    private static final Template CONSUMER = Template.load("EventConsumer.java");

    private static final Template FORWARDING = Template.load("EventForwarding.java");

    private static final Template INBOX = Template.load("EventInbox.java");

    private EventSources() {
    }

    /** The outbox listener, for the fully qualified event types the module publishes. */
    static String outbox(ServiceNames names, List<String> published, MonolithCode code) {
        StringBuilder methods = new StringBuilder();
        for (String event : published) {
            String id = code.hasEventId(event) ? "event.eventId()" : "UUID.randomUUID()";
            methods.append("\n    @EventListener\n    void on(")
                .append(MonolithCode.simpleName(event))
                .append(" event) {\n        this.outbox.add(")
                .append(id)
                .append(", event);\n    }\n");
        }
        return OUTBOX.render(Map.of("package", names.packageName() + ".sync", "imports", imports(published), "name",
                names.candidate(), "prefix", names.prefix(), "methods", methods.toString()));
    }

    /** The inbox consumer, for the fully qualified event types the module listens to. */
    static String consumer(ServiceNames names, List<String> listened, BootLine line) {
        return CONSUMER.render(withJackson(line,
                Map.of("package", names.packageName() + ".sync", "imports", imports(listened), "name",
                        names.candidate(), "prefix", names.prefix(), "artifactId", names.artifactId(), "identifier",
                        names.identifier(), "events", eventsByName(listened))));
    }

    /**
     * The monolith's side: the listened events sent to the broker, except those whose
     * publishing candidate runs as a service sending them itself (the monolith then only
     * hears them through that service's inbox; sending them on would deliver them twice).
     */
    static String forwarding(ServiceNames names, String packageName, List<String> listened,
            Function<String, Optional<String>> publisher, BootLine line) {
        StringBuilder methods = new StringBuilder();
        for (String event : listened) {
            String send = publisher.apply(event)
                .map(candidate -> "if (!sentByItsService(\"" + candidate
                        + "\")) {\n            send(event);\n        }")
                .orElse("send(event);");
            methods.append("\n    @TransactionalEventListener\n    void on(")
                .append(MonolithCode.simpleName(event))
                .append(" event) {\n        ")
                .append(send)
                .append("\n    }\n");
        }
        return FORWARDING.render(withJackson(line, Map.of("package", packageName, "imports", imports(listened), "name",
                names.candidate(), "prefix", names.prefix(), "exchange", EXCHANGE, "methods", methods.toString())));
    }

    /**
     * The monolith's side: the published events, from the broker to the monolith's
     * listeners, once per message.
     */
    static String inbox(ServiceNames names, String packageName, List<String> published, BootLine line) {
        return INBOX.render(withJackson(line,
                Map.of("package", packageName, "imports", imports(published), "name", names.candidate(), "prefix",
                        names.prefix(), "artifactId", names.artifactId(), "identifier", names.identifier(), "exchange",
                        EXCHANGE, "table", inboxTable(names), "events", eventsByName(published))));
    }

    /** The values with those of the line's placeholders. */
    static Map<String, String> withJackson(BootLine line, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.putAll(line.templateValues());
        return all;
    }

    /**
     * The monolith's inbox table for the service's events, beside the module's own
     * tables.
     */
    static String inboxTable(ServiceNames names) {
        return names.identifier() + "_service_inbox";
    }

    /**
     * What the monolith adapters' README says of the event adapters among
     * {@code adapters} (its lines naming the files to copy), if any.
     */
    static String readmeNote(ServiceNames names, List<String> adapters) {
        List<String> roles = new ArrayList<>();
        if (adapters.stream().anyMatch(path -> path.endsWith("EventForwarding.java`"))) {
            roles.add("`" + names.prefix() + "EventForwarding` sends the service the events it listens to");
        }
        if (adapters.stream().anyMatch(path -> path.endsWith("EventInbox.java`"))) {
            roles.add("`" + names.prefix() + "EventInbox` hands the events the service publishes to the monolith's"
                    + " listeners, once per message (table `" + inboxTable(names) + "`, created if absent)");
        }
        if (roles.isEmpty()) {
            return "";
        }
        return "\n\nEvents cross the broker only with `ficus.extracted." + names.candidate()
                + ".events=rabbit` (the monolith then needs\nspring-boot-starter-amqp; until the broker is in use, "
                + "`management.health.rabbit.enabled=false`\nkeeps the monolith's health UP without one):\n\n- "
                + String.join(";\n- ", roles) + ".\n\nThe exchange is `ficus.extracted." + names.candidate()
                + ".exchange` (default `" + EXCHANGE + "`, the service's `ficus.sync.exchange`).";
    }

    /**
     * Map entries, not {@code Map.of}'s pairs, which stop at ten: a module may publish
     * more.
     */
    private static String eventsByName(List<String> events) {
        return String.join(", ",
                events.stream()
                    .map(event -> "Map.entry(\"" + MonolithCode.simpleName(event) + "\", "
                            + MonolithCode.simpleName(event) + ".class)")
                    .toList());
    }

    private static String imports(List<String> types) {
        StringBuilder out = new StringBuilder();
        types.forEach(type -> out.append("import ").append(type).append(";\n"));
        return out.toString();
    }

}
