package dev.ficus.analyzer.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code ficus route add|remove}: capabilities given to the strangler gateway as data,
 * through its admin API, instead of its configuration.
 */
final class CapabilityCommands {

    private CapabilityCommands() {
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a capability to the gateway, routed to the monolith until 'route set' moves it.")
    static class AddCapability extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits and '-', e.g. notifications.")
        String name;

        @Option(names = "--paths", required = true, split = ",", paramLabel = "PATTERN",
                description = "Its path patterns, comma-separated, e.g. '/api/notifications/**'.")
        List<String> paths;

        @Option(names = "--service-url", required = true, paramLabel = "URL",
                description = "Base URL of its service, e.g. http://127.0.0.1:8083.")
        URI serviceUrl;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> added = new LinkedHashMap<>();
            added.put("name", name);
            added.put("paths", paths);
            added.put("serviceUrl", serviceUrl.toString());
            if (reason != null) {
                added.put("reason", reason);
            }
            JsonNode route = admin().post("/admin/routes", added);
            PrintWriter out = out();
            RouteCommand.printHeader(out);
            RouteCommand.printRoute(out, route);
            return 0;
        }

    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a capability added with 'route add'; its paths go to the monolith again.")
    static class RemoveCapability extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "NAME", description = "e.g. notifications")
        String name;

        @Override
        public Integer call() {
            JsonNode removed = admin().delete("/admin/routes/" + name);
            out().printf("removed %s (%s, was %s)%n", removed.path("capability").asString(),
                    String.join(",", removed.path("paths").valueStream().map(JsonNode::asString).toList()),
                    removed.path("mode").asString());
            return 0;
        }

    }

}
