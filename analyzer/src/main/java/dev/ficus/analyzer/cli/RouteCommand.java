package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RolloutView;
import dev.ficus.gateway.api.RouteChange;
import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.api.RouteView;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.core.type.TypeReference;

/**
 * {@code ficus route ...}: reads and moves a capability's traffic through the strangler
 * gateway's admin API.
 */
@Command(name = "route", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = "Shows and changes how the strangler gateway routes each capability.",
        subcommands = { RouteCommand.ListRoutes.class, RouteCommand.SetRoute.class,
                CapabilityCommands.AddCapability.class, CapabilityCommands.RemoveCapability.class,
                RolloutCommands.StartRollout.class, RolloutCommands.RolloutControl.Pause.class,
                RolloutCommands.RolloutControl.Resume.class, RolloutCommands.RolloutControl.Abort.class,
                RolloutCommands.RolloutControl.Promote.class, ShadowCommand.class, RouteCommand.Audit.class })
class RouteCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing subcommand: list, set, add, remove, rollout, pause, resume, abort, promote or audit");
    }

    /**
     * Where the gateway's admin API is and how to prove we may change it; shared by every
     * route subcommand.
     */
    static class Connection {

        static final String DEFAULT_TOKEN_FILE = ".ficus/gateway/admin-token";

        /**
         * The gateway writes its admin API's address to this file next to the token file
         * when it starts.
         */
        static final String ADMIN_URL_FILE = "admin-url";

        static final URI DEFAULT_ADMIN_URL = URI.create("http://127.0.0.1:8001");

        @Option(names = "--gateway", paramLabel = "URL", defaultValue = "${env:FICUS_GATEWAY_URL}",
                description = "The gateway's admin API, e.g. http://127.0.0.1:8001 (env FICUS_GATEWAY_URL; default: "
                        + "the address the gateway wrote to " + ADMIN_URL_FILE + " next to the token file, else "
                        + "http://127.0.0.1:8001).")
        URI gateway;

        @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:FICUS_GATEWAY_TOKEN}",
                description = "Admin bearer token (env FICUS_GATEWAY_TOKEN).")
        String token;

        @Option(names = "--token-file", paramLabel = "FILE", defaultValue = DEFAULT_TOKEN_FILE,
                description = "File holding the admin token, used when --token is not given (default: ${DEFAULT-VALUE}).")
        Path tokenFile;

        GatewayAdminClient client() {
            URI url = adminUrl();
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new InvalidInputException("the gateway's admin URL must be http(s)://HOST:PORT, e.g. "
                        + DEFAULT_ADMIN_URL + ", was '" + shortened(url.toString()) + "'");
            }
            String checked = token();
            if (checked.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
                throw new InvalidInputException("the admin token holds a line break or another control character");
            }
            return new GatewayAdminClient(url, checked);
        }

        private URI adminUrl() {
            if (gateway != null) {
                return gateway;
            }
            Path written = tokenFile.toAbsolutePath().resolveSibling(ADMIN_URL_FILE);
            if (!Files.isRegularFile(written)) {
                return DEFAULT_ADMIN_URL;
            }
            try {
                return URI.create(Files.readString(written).trim());
            }
            catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException("cannot read the admin URL file " + written + ": " + e.getMessage());
            }
        }

        private String token() {
            if (token != null && !token.isBlank()) {
                return token.trim();
            }
            if (!Files.isRegularFile(tokenFile)) {
                throw new InvalidInputException("no admin token: pass --token, set FICUS_GATEWAY_TOKEN or point "
                        + "--token-file at the gateway's token file (not found: " + tokenFile + ")");
            }
            try {
                return Files.readString(tokenFile).trim();
            }
            catch (IOException e) {
                throw new InvalidInputException("cannot read the token file " + tokenFile + ": " + e.getMessage());
            }
        }

    }

    /** What every route subcommand shares: the gateway connection and where to print. */
    abstract static class AdminCall implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection;

        GatewayAdminClient admin() {
            return connection.client();
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

    }

    /** Prints routes as an aligned table, one capability a line. */
    static void printRoute(PrintWriter out, RouteView route) {
        RolloutView rollout = route.rollout();
        String rolloutText = rollout == null ? "-" : rollout.status() + " at " + rollout.weight() + "%";
        out.printf("%-14s %-9s %6s  %-10s %-28s %s%n", route.capability(), route.mode(), route.weight() + "%",
                route.circuit(), route.serviceUrl(), rolloutText);
        if (route.instances().size() > 1) {
            route.instances()
                .forEach(instance -> out.printf("%-14s instance %s %s (%s)%n", "", instance.url(), instance.health(),
                        instance.detail()));
        }
    }

    /**
     * The table of routes; for a gateway that knows no capability, a line saying where
     * its requests go and how it learns one.
     */
    static void printRoutes(PrintWriter out, List<RouteView> routes) {
        printHeader(out);
        routes.forEach(route -> printRoute(out, route));
        if (routes.isEmpty()) {
            out.println("(no capability: every request goes to the monolith; add one with 'ficus route add' or a "
                    + "route file, --ficus.gateway.routes-file)");
        }
    }

    static void printHeader(PrintWriter out) {
        out.printf("%-14s %-9s %6s  %-10s %-28s %s%n", "CAPABILITY", "MODE", "WEIGHT", "CIRCUIT", "SERVICE", "ROLLOUT");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every capability's route.")
    static class ListRoutes extends AdminCall {

        @Override
        public Integer call() {
            List<RouteView> routes = admin().get("/admin/routes", new TypeReference<>() {
            });
            printRoutes(out(), routes);
            return 0;
        }

    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Sets a capability's mode (monolith, shadow, canary, service) and canary weight.")
    static class SetRoute extends AdminCall {

        @Parameters(paramLabel = "CAPABILITY", converter = CapabilityName.class, description = "e.g. catalog")
        String capability;

        @Option(names = "--mode", required = true, paramLabel = "MODE", converter = ModeConverter.class,
                description = "monolith, shadow, canary or service")
        Mode mode;

        @Option(names = "--weight", paramLabel = "0-100", description = "Share of users on the service (canary).")
        Integer weight;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
        String reason;

        @Override
        public Integer call() {
            RouteChange change = new RouteChange(mode, weight, reason == null ? "ficus route set" : reason);
            RouteView route = admin().put("/admin/routes/" + capability, change, RouteView.class);
            PrintWriter out = out();
            printHeader(out);
            printRoute(out, route);
            return 0;
        }

    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Prints every route change with its reason.")
    static class Audit extends AdminCall {

        @Override
        public Integer call() {
            PrintWriter out = out();
            List<AuditEntry> entries = admin().get("/admin/audit", new TypeReference<>() {
            });
            for (AuditEntry entry : entries) {
                out.printf("%s  %-12s %s -> %s  %s%n", entry.time(), entry.capability(), setting(entry.previous()),
                        setting(entry.current()), entry.reason());
            }
            return 0;
        }

        /**
         * A setting as the audit shows it; none when the capability was added or removed.
         */
        private static String setting(@Nullable RouteSetting setting) {
            if (setting == null) {
                return "-";
            }
            return setting.mode() == Mode.CANARY ? setting.mode() + " " + setting.weight() + "%"
                    : setting.mode().name();
        }

    }

    /** At most 80 characters of what the user gave, for a message. */
    static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /**
     * A capability's name as the gateway allows it, checked before calling: any other
     * text would change the admin URL's path or query, or not be a URL at all.
     */
    static class CapabilityName implements ITypeConverter<String> {

        private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

        @Override
        public String convert(String value) {
            if (!NAME.matcher(value).matches()) {
                throw new TypeConversionException(
                        "a capability is named by 1-63 lower-case letters, digits or '-', was '" + shortened(value)
                                + "'");
            }
            return value;
        }

    }

    /** Reads a mode as the gateway does: case-insensitive, naming the allowed ones. */
    static class ModeConverter implements ITypeConverter<Mode> {

        @Override
        public Mode convert(String value) {
            try {
                return Mode.of(value);
            }
            catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

    }

}
