package dev.ficus.analyzer.cli;

import dev.ficus.gateway.api.NewCapability;
import dev.ficus.gateway.api.RouteView;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

        @Parameters(paramLabel = "NAME", converter = RouteCommand.CapabilityName.class,
                description = "Lower-case letters, digits and '-', e.g. notifications.")
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
            RouteView route = admin().post("/admin/routes", new NewCapability(name, paths, serviceUrl, reason),
                    RouteView.class);
            PrintWriter out = out();
            RouteCommand.printHeader(out);
            RouteCommand.printRoute(out, route);
            return 0;
        }

    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes a capability added with 'route add'; its paths go to the monolith again.")
    static class RemoveCapability extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "NAME", converter = RouteCommand.CapabilityName.class,
                description = "e.g. notifications")
        String name;

        @Override
        public Integer call() {
            RouteView removed = admin().delete("/admin/routes/" + name, RouteView.class);
            out().printf("removed %s (%s, was %s)%n", removed.capability(), String.join(",", removed.paths()),
                    removed.mode());
            return 0;
        }

    }

}
