package dev.ficus.analyzer.extract;

import dev.ficus.plan.DataMove;
import dev.ficus.plan.ShellWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a user of the generated project reads and edits: its README with the next
 * commands, its gateway route file and the requests its contract test sends.
 */
final class ServiceDocs {

    private static final Template ROUTES = Template.load("routes.properties");

    private static final Template KUBERNETES_ROUTES = Template.load("k8s/gateway-route.properties");

    private static final Template README = Template.load("README.md");

    private final ServiceProject project;

    ServiceDocs(ServiceProject project) {
        this.project = project;
    }

    String contractRequests() {
        StringBuilder out = new StringBuilder(
                "# Requests the contract test sends to the monolith and to the service: METHOD PATH [JSON BODY].\n"
                        + "# From the plan's GET endpoints with 1 for each path variable; add query parameters and the\n"
                        + "# requests your users send (a request that changes data changes it on both sides).\n");
        for (String endpoint : project.candidate().traffic().endpoints()) {
            if (endpoint.startsWith("GET ") && !endpoint.startsWith("GET /actuator")) {
                out.append(endpoint.replaceAll("\\{[^}]+}", "1")).append('\n');
            }
        }
        return out.toString();
    }

    String routes() {
        return ROUTES.render(Map.of("name", project.names().candidate(), "routesFile",
                ShellWords.quote(project.labels().out()) + "/" + project.routesFile(), "paths", pathsWord(),
                "serviceUrl", serviceUrl(), "steps", steps(), "properties", routeProperties(serviceUrl())));
    }

    /** The same route with the service reached by its Kubernetes Service name. */
    String kubernetesRoutes() {
        return KUBERNETES_ROUTES.render(Map.of("name", project.names().candidate(), "properties",
                routeProperties("http://" + project.names().artifactId() + ":" + project.names().port())));
    }

    private String routeProperties(String serviceUrl) {
        StringBuilder properties = new StringBuilder();
        String prefix = "ficus.gateway.routes." + project.names().candidate() + ".";
        properties.append(prefix)
            .append("paths=")
            .append(String.join(",", project.candidate().traffic().paths()))
            .append('\n');
        properties.append(prefix).append("service-url=").append(serviceUrl).append('\n');
        properties.append(prefix).append("mode=SHADOW");
        return properties.toString();
    }

    String serviceUrl() {
        return "http://localhost:" + project.names().port();
    }

    /** Where the service's copy of the candidate's classes comes from, for the README. */
    private String moduleArtifact() {
        MonolithBuild build = project.build();
        if (!project.labels().moduleClassifier().isEmpty()) {
            return "`" + ServiceProject.LIB + "/`, a copy of the monolith's jar without its configuration";
        }
        List<MonolithBuild.Dependency> artifacts = build.modules().isEmpty()
                ? List.of(new MonolithBuild.Dependency(build.groupId(), build.artifactId(), build.version()))
                : build.modules();
        return String.join(", ", artifacts.stream()
            .map(artifact -> "`" + artifact.groupId() + ":" + artifact.artifactId() + ":" + artifact.version() + "`")
            .toList());
    }

    /**
     * The command that puts the monolith's modules the service depends on into the local
     * Maven repository, in a build of modules; none otherwise (a single Spring Boot
     * module installs its repackaged jar, whose classes no other project can use: there
     * {@code --monolith-jar} is the way).
     */
    private String installMonolith() {
        List<MonolithBuild.Dependency> modules = project.build().modules();
        if (!project.labels().moduleClassifier().isEmpty() || modules.isEmpty()) {
            return "";
        }
        return "   ./mvnw -f " + ShellWords.quote(project.monolithRoot().resolve("pom.xml").toString())
                + " -B -q install -DskipTests -pl "
                + String.join(",",
                        Stream.concat(modules.stream(), project.build().buildBoms().stream())
                            .map(module -> ":" + module.artifactId())
                            .toList())
                + " -am\n";
    }

    /**
     * The candidate's path patterns as the one word of {@code ficus route add --paths}.
     */
    private String pathsWord() {
        return ShellWords.quote(String.join(",", project.candidate().traffic().paths()));
    }

    String steps() {
        return String.join(",", project.candidate().traffic().rolloutSteps().stream().map(String::valueOf).toList());
    }

    String readme(List<GeneratedFile> files, List<String> notes) {
        Map<String, String> values = new HashMap<>(project.names().values());
        values.put("plan", ShellWords.quote(project.labels().plan()));
        values.put("out", ShellWords.quote(project.labels().out()));
        values.put("rank", String.valueOf(project.candidate().rank()));
        values.put("bootVersion", project.build().serviceLine().bootVersion());
        values.put("mvn", "./mvnw");
        values.put("ficusCheckout",
                project.labels()
                    .ficusCheckout()
                    .map(folder -> "the Ficus checkout, `cd " + ShellWords.quote(folder) + "`")
                    .orElse("the Ficus checkout"));
        values.put("modulePackagesText",
                String.join(", ", project.boundary().modulePackages().stream().map(p -> "`" + p + "`").toList()));
        values.put("moduleArtifact", moduleArtifact());
        values.put("installMonolith", installMonolith());
        values.put("installMonolithText", installMonolith().isEmpty() ? ""
                : " (and the monolith's " + moduleArtifact() + ", which the service depends on)");
        values.put("serviceJdbcUrl", ShellWords.quote("jdbc:h2:file:" + project.labels().out() + "/data/"
                + project.names().identifier() + project.h2Settings() + ";AUTO_SERVER=TRUE"));
        values.put("fromUser", project.monolithSettings().migrateDataUser());
        values.put("monolithUrl", project.monolithSettings().monolithUrl());
        values.put("routesFile", project.routesFile());
        values.put("paths", pathsWord());
        values.put("steps", steps());
        values.put("contents", contents(files, notes));
        values.put("monolithCallsStep", monolithCallsStep(files));
        values.put("callerTrust", new CallerAllowList(project.names(), project.boundary()).readme());
        return README.render(values);
    }

    /**
     * How the monolith comes to call the service: through the clients generated for its
     * calls into the candidate's interfaces, switched on by a url; through the other
     * adapters only (events, the service's calls back) when it makes no such call; or not
     * at all when nothing was generated for it.
     */
    private String monolithCallsStep(List<GeneratedFile> files) {
        String name = project.candidate().name();
        if (!AdaptersReadme.switchedTypes(files).isEmpty()) {
            return "Let the monolith call the service: copy `" + ServiceProject.ADAPTERS
                    + "` into the monolith (see its README) and set\n   `ficus.extracted." + name
                    + ".url=http://localhost:" + project.names().port() + "`.";
        }
        if (files.stream().anyMatch(file -> file.path().startsWith(ServiceProject.ADAPTERS))) {
            return "Let the monolith work with the service: copy `" + ServiceProject.ADAPTERS
                    + "` into the monolith; its README says what each class does\n   and what turns it on. The monolith"
                    + " makes no call into the " + name + " classes that a client could take over (the plan\n   lists"
                    + " none through an interface), so there is no url to set.";
        }
        return "Nothing else in the monolith calls the " + name + " classes (the plan lists no incoming calls), so no"
                + " adapter goes into it: with the route at 100 % on the service, the monolith's " + name
                + " classes\n   serve no request any more; remove them from the monolith once the service has run on"
                + " its own for a while.";
    }

    /**
     * Whether a client stands in for {@code callee}: a generated {@code Remote} class of
     * its name, in the monolith's adapters or else in the service.
     */
    private static boolean hasClient(List<GeneratedFile> files, String callee, boolean inMonolith) {
        String client = "/Remote" + MonolithCode.simpleName(callee) + ".java";
        return files.stream()
            .anyMatch(file -> file.path().endsWith(client)
                    && file.path().startsWith(ServiceProject.ADAPTERS) == inMonolith);
    }

    String contents(List<GeneratedFile> files, List<String> notes) {
        List<String> lines = new ArrayList<>();
        List<String> tables = project.candidate()
            .data()
            .tables()
            .stream()
            .filter(DataMove.Table::sql)
            .map(t -> "`" + t.name() + "`")
            .toList();
        lines.add("- `src/main/resources/db/" + project.names().identifier() + "`: "
                + (tables.isEmpty() ? "no table of the monolith's (the plan gives the candidate none), only"
                        : "the schema of " + String.join(", ", tables)
                                + " (the monolith's own Flyway scripts where they create only these tables, else from"
                                + " the JPA mappings, and a table no entity maps from its statements in the monolith's"
                                + " SQL scripts), then")
                + " event-sync's outbox and inbox.");
        if (!project.boundary().publishedEvents().isEmpty()) {
            lines.add("- `sync/" + project.names().prefix() + "Events`: the outbox for "
                    + simpleNames(project.boundary().publishedEvents())
                    + " (relayed to the broker with profile `rabbit`); `monolith-adapters/` has the inbox that hands"
                    + " them to the monolith's listeners.");
        }
        if (!project.boundary().listenedEvents().isEmpty()) {
            lines.add("- `sync/" + project.names().prefix() + "EventConsumer`: the idempotent consumer of "
                    + simpleNames(project.boundary().listenedEvents()) + " (queue `ficus.sync.queue`, default `"
                    + project.names().artifactId() + ".events`, profile `rabbit`);"
                    + " `monolith-adapters/` forwards them from the monolith.");
        }
        project.boundary()
            .incomingOperations()
            .keySet()
            .forEach(callee -> lines.add("- `api/" + MonolithCode.simpleName(callee)
                    + "Endpoints`: what the monolith calls on the module over HTTP; "
                    + (hasClient(files, callee, true)
                            ? "`monolith-adapters/` has the client that replaces the in-process bean."
                            : "no client in `monolith-adapters/` replaces the in-process bean (see Needs you).")));
        List<String> clients = project.boundary()
            .callBacks()
            .keySet()
            .stream()
            .filter(callee -> hasClient(files, callee, false))
            .toList();
        if (!clients.isEmpty()) {
            lines.add("- `remote/`: the calls back into the monolith (" + simpleNames(clients)
                    + ") over HTTP, with timeouts, retries for reads and a circuit breaker (Resilience4j);"
                    + " `monolith-adapters/` has the endpoints the monolith must serve for them. A call made while"
                    + " serving a request carries that request's `Authorization` header on, so the monolith knows the"
                    + " user (`--ficus.forwarded-headers=Authorization,clientid` names more).");
        }
        lines.add("- `" + project.names().prefix()
                + "ContractTests`: the same requests to the monolith and to the service," + " answers compared.");
        lines.add("- `" + project.routesFile() + "`: the strangler gateway's route, in SHADOW mode.");
        lines.add("- `" + project.kubernetesFolder()
                + "`: a Kustomize component in the style of deploy/k8s/base/catalog-service, with `"
                + project.kubernetesRoutesFile() + "`, its route by Service name merged into the"
                + " strangler-gateway-routes ConfigMap, its database Secret on the dev overlay (`dev/`) and its"
                + " Istio policy (`istio/`); see Run it on Kubernetes.");
        notes.forEach(note -> lines.add("- Needs you: " + note + "."));
        return String.join("\n", lines);
    }

    private static String simpleNames(List<String> types) {
        return String.join(", ", types.stream().map(type -> "`" + MonolithCode.simpleName(type) + "`").toList());
    }

}
