package dev.ficus.analyzer.extract;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.RemoteOperation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every text file of the project generated for one candidate, read from the plan and the
 * monolith's sources: nothing here is invented that the plan already says.
 */
final class ServiceProject {

    /** The Spring Boot version the generated project builds on, the same as Ficus's. */
    static final String BOOT_VERSION = "4.0.7";

    /** The Ficus libraries' version (event-sync). */
    static final String FICUS_VERSION = "0.1.0-SNAPSHOT";

    static final String RESILIENCE4J_VERSION = "2.3.0";

    static final String MODULITH_VERSION = "2.0.3";

    /** Where the generated project keeps the monolith's jar, as a Maven repository. */
    static final String LIB = "lib";

    private static final Pattern LISTENER = Pattern.compile("^listener (\\S+) \\(");

    private static final Template POM = Template.load("pom.xml");

    private static final Template APPLICATION = Template.load("Application.java");

    private static final Template PROPERTIES = Template.load("application.properties");

    private static final Template RABBIT = Template.load("application-rabbit.properties");

    private static final Template CONTRACT_TESTS = Template.load("ContractTests.java");

    private static final Template ROUTES = Template.load("routes.properties");

    private static final Template README = Template.load("README.md");

    private static final Template GIT_IGNORE = Template.load("gitignore");

    private final MigrationPlan plan;

    private final CandidatePlan candidate;

    private final MonolithBuild build;

    private final MonolithSources sources;

    private final Path monolithRoot;

    private final ServiceNames names;

    private final Labels labels;

    /**
     * How the README names the places a user types.
     *
     * @param plan the plan file as given
     * @param out the output folder as given
     * @param moduleClassifier classifier of the monolith jar in {@code lib/}, empty when
     * the project depends on the monolith's published artifact
     */
    record Labels(String plan, String out, String moduleClassifier) {
    }

    ServiceProject(MigrationPlan plan, CandidatePlan candidate, Path monolithRoot, Labels labels) {
        this.plan = plan;
        this.candidate = candidate;
        this.monolithRoot = monolithRoot;
        this.build = MonolithBuild.read(monolithRoot);
        this.sources = MonolithSources.of(monolithRoot);
        this.names = ServiceNames.of(candidate);
        this.labels = labels;
    }

    Labels labels() {
        return this.labels;
    }

    MonolithBuild build() {
        return this.build;
    }

    /**
     * The candidate's packages, the fewest that hold all its types (its own remote
     * adapters, which stay in the monolith, left out).
     */
    List<String> modulePackages() {
        SortedSet<String> packages = candidate.boundary()
            .movingTypes()
            .stream()
            .filter(type -> !isRemoteAdapter(type))
            .map(MonolithSources::packageOf)
            .collect(Collectors.toCollection(TreeSet::new));
        return packages.stream()
            .filter(pkg -> packages.stream().noneMatch(other -> !other.equals(pkg) && pkg.startsWith(other + ".")))
            .toList();
    }

    static boolean isRemoteAdapter(String type) {
        return MonolithSources.packageOf(type).matches(".*\\.internal\\.remote(\\..*)?");
    }

    /** The events other candidates listen to that this candidate's types are. */
    List<String> publishedEvents() {
        SortedSet<String> listenedElsewhere = plan.candidates()
            .stream()
            .filter(other -> !other.name().equals(candidate.name()))
            .flatMap(other -> listenedEventNames(other).stream())
            .collect(Collectors.toCollection(TreeSet::new));
        return candidate.boundary()
            .movingTypes()
            .stream()
            .filter(type -> listenedElsewhere.contains(MonolithSources.simpleName(type)))
            .toList();
    }

    /** The events of other modules this candidate listens to, fully qualified. */
    List<String> listenedEvents() {
        return listenedEventNames(candidate).stream()
            .map(sources::qualified)
            .flatMap(Optional::stream)
            .filter(type -> !candidate.boundary().movingTypes().contains(type))
            .distinct()
            .sorted()
            .toList();
    }

    /** Listened event names that no single monolith type answers to. */
    List<String> unresolvedEvents() {
        return listenedEventNames(candidate).stream().filter(name -> sources.qualified(name).isEmpty()).toList();
    }

    private static List<String> listenedEventNames(CandidatePlan candidate) {
        List<String> events = new ArrayList<>();
        for (String entryPoint : candidate.boundary().entryPoints()) {
            Matcher matcher = LISTENER.matcher(entryPoint);
            if (matcher.find()) {
                events.add(matcher.group(1));
            }
        }
        return events;
    }

    /** The operations the rest calls on this candidate, by the type declaring them. */
    Map<String, List<RemoteOperation>> incomingOperations() {
        return candidate.boundary()
            .remoteApi()
            .stream()
            .collect(Collectors.groupingBy(RemoteOperation::callee, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The types of other candidates this one calls (its calls back into the monolith),
     * each with the operations the plan proposes for the candidate owning it.
     */
    Map<String, List<RemoteOperation>> callBacks() {
        Map<String, List<RemoteOperation>> callBacks = new LinkedHashMap<>();
        for (CrossingCall call : candidate.boundary().outgoingCalls()) {
            if (isRemoteAdapter(call.caller()) || call.calleeOwner().equals(candidate.name())) {
                continue;
            }
            List<RemoteOperation> operations = plan.candidate(call.calleeOwner())
                .map(owner -> owner.boundary()
                    .remoteApi()
                    .stream()
                    .filter(operation -> operation.callee().equals(call.callee()))
                    .toList())
                .orElse(List.of());
            callBacks.putIfAbsent(call.callee(), operations);
        }
        return callBacks;
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        files.add(new GeneratedFile("pom.xml", pom()));
        files.add(new GeneratedFile(names.folder("") + names.prefix() + "ServiceApplication.java", application()));
        files.add(new GeneratedFile("src/main/resources/application.properties", PROPERTIES.render(names.values())));
        files.add(new GeneratedFile("src/main/resources/application-rabbit.properties", RABBIT.render(Map.of())));
        files.addAll(ServiceSchema.of(candidate.data().tables(), monolithRoot, names.identifier()));
        files.addAll(eventFiles(notes));
        files.addAll(incomingFiles(notes));
        files.addAll(callBackFiles(notes));
        files.add(new GeneratedFile(
                "src/test/java/" + names.packageName().replace('.', '/') + "/" + names.prefix() + "ContractTests.java",
                CONTRACT_TESTS.render(names.values())));
        files.add(new GeneratedFile("src/test/resources/contract/requests.txt", contractRequests()));
        files.add(new GeneratedFile(routesFile(), routes()));
        files.add(new GeneratedFile("README.md", readme(files, notes)));
        files.add(new GeneratedFile(".gitignore", GIT_IGNORE.render(Map.of())));
        return files;
    }

    String routesFile() {
        return "routes/" + names.candidate() + ".properties";
    }

    private String pom() {
        Map<String, String> values = new HashMap<>(names.values());
        values.put("bootVersion", BOOT_VERSION);
        values.put("ficusVersion", FICUS_VERSION);
        values.put("resilienceVersion", RESILIENCE4J_VERSION);
        values.put("groupId", build.groupId());
        values.put("monolith", build.groupId() + ":" + build.artifactId() + ":" + build.version());
        values.put("repositories", labels.moduleClassifier().isEmpty() ? "" : """

                  <repositories>
                    <!-- the monolith's classes, put here by ficus extract (run it again after the monolith changed) -->
                    <repository>
                      <id>monolith</id>
                      <url>file://${project.basedir}/lib</url>
                    </repository>
                  </repositories>
                """.stripTrailing().replace("\n                ", "\n"));
        values.put("dependencies", String.join("\n", dependencies()));
        return POM.render(values);
    }

    private List<String> dependencies() {
        List<String> lines = new ArrayList<>();
        lines.add("    <!-- the monolith's own classes; only " + String.join(", ", modulePackages())
                + " is scanned. Its libraries are the ones below, not the whole monolith's. -->");
        lines.add("    <dependency>\n      <groupId>" + build.groupId() + "</groupId>\n      <artifactId>"
                + build.artifactId() + "</artifactId>\n      <version>" + build.version() + "</version>\n"
                + (labels.moduleClassifier().isEmpty() ? ""
                        : "      <classifier>" + labels.moduleClassifier() + "</classifier>\n")
                + "      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>\n"
                + "    </dependency>");
        SortedSet<String> seen = new TreeSet<>();
        lines.add("    <!-- what the monolith declares -->");
        for (MonolithBuild.Dependency dependency : build.dependencies()) {
            if (!dependency.isSpringModulith() && seen.add(dependency.groupId() + ":" + dependency.artifactId())) {
                String version = dependency.version().isEmpty() && dependency.groupId().equals("io.github.resilience4j")
                        ? "${resilience4j.version}" : dependency.version();
                lines.add(dependency(dependency.groupId(), dependency.artifactId(), version, ""));
            }
        }
        lines.add(
                "    <!-- what the service adds: outbox and inbox, HTTP clients with timeouts, retries, circuit breaker -->");
        addIfMissing(lines, seen, "dev.ficus", "event-sync", "${ficus.version}", "");
        for (String starter : List.of("spring-boot-starter-webmvc", "spring-boot-starter-data-jpa",
                "spring-boot-starter-flyway", "spring-boot-starter-actuator", "spring-boot-starter-restclient",
                "spring-boot-starter-amqp")) {
            addIfMissing(lines, seen, "org.springframework.boot", starter, "", "");
        }
        addIfMissing(lines, seen, "io.github.resilience4j", "resilience4j-circuitbreaker", "${resilience4j.version}",
                "");
        addIfMissing(lines, seen, "io.github.resilience4j", "resilience4j-retry", "${resilience4j.version}", "");
        addIfMissing(lines, seen, "com.h2database", "h2", "", "runtime");
        if (build.usesSpringModulith()) {
            lines.add(
                    "    <!-- the module's listeners carry Spring Modulith's annotations; its runtime stays in the monolith -->");
            lines.add(dependency("org.springframework.modulith", "spring-modulith-api", MODULITH_VERSION, ""));
            lines.add(dependency("org.springframework.modulith", "spring-modulith-events-api", MODULITH_VERSION, ""));
        }
        lines.add(dependency("org.springframework.boot", "spring-boot-starter-test", "", "test"));
        return lines;
    }

    private static void addIfMissing(List<String> lines, SortedSet<String> seen, String groupId, String artifactId,
            String version, String scope) {
        if (seen.add(groupId + ":" + artifactId)) {
            lines.add(dependency(groupId, artifactId, version, scope));
        }
    }

    private static String dependency(String groupId, String artifactId, String version, String scope) {
        return "    <dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId>"
                + (version.isEmpty() ? "" : "<version>" + version + "</version>")
                + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

    private String application() {
        Map<String, String> values = new HashMap<>(names.values());
        values.put("modulePackages", String.join(", ", modulePackages().stream().map(p -> "\"" + p + "\"").toList()));
        return APPLICATION.render(values);
    }

    private List<GeneratedFile> eventFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> published = publishedEvents();
        if (!published.isEmpty()) {
            files.add(new GeneratedFile(names.folder("sync") + names.prefix() + "Events.java",
                    EventSources.outbox(names, published, sources)));
        }
        List<String> listened = listenedEvents();
        if (!listened.isEmpty()) {
            files.add(new GeneratedFile(names.folder("sync") + names.prefix() + "EventConsumer.java",
                    EventSources.consumer(names, listened)));
            files.add(new GeneratedFile(monolithFolder(adapterPackage()) + names.prefix() + "EventForwarding.java",
                    EventSources.forwarding(names, adapterPackage(), listened)));
        }
        unresolvedEvents().forEach(event -> notes.add("listens to `" + event
                + "`, which is no single type of the monolith's sources: its consumer is not generated"));
        return files;
    }

    private List<GeneratedFile> incomingFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        incomingOperations().forEach((callee, operations) -> {
            String simple = MonolithSources.simpleName(callee);
            files.add(new GeneratedFile(names.folder("api") + simple + "Endpoints.java",
                    HttpAdapters.endpoints(names.packageName() + ".api", simple + "Endpoints",
                            "What the monolith calls on " + simple + " over HTTP once the " + names.candidate()
                                    + " service runs it: each endpoint calls the module's own bean.",
                            callee, sources.importsFor(callee), operations)));
            Optional<JavaInterface> contract = sources.javaInterface(callee);
            if (contract.isEmpty()) {
                notes.add("`" + simple + "` is a class, not an interface: the monolith keeps calling it in-process"
                        + " until its callers depend on an interface the generated client can implement");
                return;
            }
            String packageName = adapterPackage();
            String calls = names.prefix() + "ServiceCalls";
            files.add(new GeneratedFile(monolithFolder(packageName) + "Remote" + simple + ".java",
                    HttpAdapters.client(packageName, "Remote" + simple,
                            "The monolith's " + simple + " once the " + names.candidate()
                                    + " service runs it: every call goes over HTTP to its endpoints.",
                            contract.get(), calls, operations)));
            files.add(new GeneratedFile(monolithFolder(packageName) + "Remote" + simple + "Configuration.java",
                    ClientWiring.monolithSide(packageName, names, contract.get(), calls)));
        });
        if (!incomingOperations().isEmpty()) {
            files.add(new GeneratedFile(monolithFolder(adapterPackage()) + names.prefix() + "ServiceCalls.java",
                    HttpAdapters.resilientCalls(adapterPackage(), names.prefix() + "ServiceCalls",
                            "the " + names.candidate() + " service")));
        }
        return files;
    }

    private List<GeneratedFile> callBackFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        List<JavaInterface> clients = new ArrayList<>();
        callBacks().forEach((callee, operations) -> {
            String simple = MonolithSources.simpleName(callee);
            Optional<JavaInterface> contract = sources.javaInterface(callee);
            if (contract.isEmpty() || operations.isEmpty()) {
                notes.add("calls `" + simple + "` of the monolith, which "
                        + (contract.isEmpty() ? "is no interface" : "the plan proposes no HTTP operation for")
                        + ": no adapter generated, this call fails in the service until it has one");
                return;
            }
            clients.add(contract.get());
            files.add(new GeneratedFile(names.folder("remote") + "Remote" + simple + ".java",
                    HttpAdapters.client(names.packageName() + ".remote", "Remote" + simple,
                            "The monolith's " + simple + " as this service sees it: every call goes over HTTP to"
                                    + " the endpoints in the monolith's monolith-adapters.",
                            contract.get(), "MonolithCalls", operations)));
            String endpointsPackage = MonolithSources.packageOf(callee) + ".internal.remote";
            files.add(new GeneratedFile(monolithFolder(endpointsPackage) + simple + "Endpoints.java",
                    HttpAdapters.endpoints(endpointsPackage, simple + "Endpoints",
                            "What the extracted " + names.candidate() + " service calls back on " + simple
                                    + ": each endpoint calls the monolith's own bean.",
                            callee, sources.importsFor(callee), operations)));
        });
        if (!clients.isEmpty()) {
            files.add(new GeneratedFile(names.folder("remote") + "MonolithCalls.java",
                    HttpAdapters.resilientCalls(names.packageName() + ".remote", "MonolithCalls", "the monolith")));
            files.add(new GeneratedFile(names.folder("remote") + "MonolithConfiguration.java",
                    ClientWiring.serviceSide(names.packageName() + ".remote", clients)));
        }
        return files;
    }

    /**
     * Where the monolith's adapters for this candidate go: beside the module, like
     * catalog's.
     */
    private String adapterPackage() {
        return modulePackages().get(0).replaceFirst("\\.internal$", "") + ".internal.remote";
    }

    private static String monolithFolder(String packageName) {
        return "monolith-adapters/src/main/java/" + packageName.replace('.', '/') + "/";
    }

    private String contractRequests() {
        StringBuilder out = new StringBuilder(
                "# Requests the contract test sends to the monolith and to the service: METHOD PATH [JSON BODY].\n"
                        + "# From the plan's GET endpoints with 1 for each path variable; add query parameters and the\n"
                        + "# requests your users send (a request that changes data changes it on both sides).\n");
        for (String endpoint : candidate.traffic().endpoints()) {
            if (endpoint.startsWith("GET ") && !endpoint.startsWith("GET /actuator")) {
                out.append(endpoint.replaceAll("\\{[^}]+}", "1")).append('\n');
            }
        }
        return out.toString();
    }

    private String routes() {
        StringBuilder properties = new StringBuilder();
        String prefix = "ficus.gateway.routes." + names.candidate() + ".";
        properties.append(prefix).append("paths=").append(String.join(",", candidate.traffic().paths())).append('\n');
        properties.append(prefix).append("service-url=").append(serviceUrl()).append('\n');
        properties.append(prefix).append("mode=SHADOW");
        return ROUTES.render(Map.of("name", names.candidate(), "routesFile", labels.out() + "/" + routesFile(), "paths",
                String.join(",", candidate.traffic().paths()), "serviceUrl", serviceUrl(), "steps", steps(),
                "properties", properties.toString()));
    }

    private String serviceUrl() {
        return "http://localhost:" + names.port();
    }

    private String steps() {
        return String.join(",", candidate.traffic().rolloutSteps().stream().map(String::valueOf).toList());
    }

    private String readme(List<GeneratedFile> files, List<String> notes) {
        Map<String, String> values = new HashMap<>(names.values());
        values.put("plan", labels.plan());
        values.put("out", labels.out());
        values.put("rank", String.valueOf(candidate.rank()));
        values.put("bootVersion", BOOT_VERSION);
        values.put("mvn", "./mvnw");
        values.put("ficusHome", "the Ficus folder");
        values.put("modulePackagesText", String.join(", ", modulePackages().stream().map(p -> "`" + p + "`").toList()));
        values.put("moduleArtifact",
                labels.moduleClassifier().isEmpty() ? build.groupId() + ":" + build.artifactId() + ":" + build.version()
                        : LIB + "/, a copy of the monolith's jar without its configuration");
        values.put("serviceJdbcUrl", "jdbc:h2:file:" + labels.out() + "/data/" + names.identifier());
        values.put("routesFile", routesFile());
        values.put("paths", String.join(",", candidate.traffic().paths()));
        values.put("steps", steps());
        values.put("contents", contents(files, notes));
        return README.render(values);
    }

    private String contents(List<GeneratedFile> files, List<String> notes) {
        List<String> lines = new ArrayList<>();
        lines.add("- `src/main/resources/db/" + names.identifier() + "`: the schema of "
                + String.join(", ", candidate.data().tables().stream().map(t -> "`" + t.name() + "`").toList())
                + " (the monolith's own Flyway scripts where they create only these tables, else from the JPA"
                + " mappings), then event-sync's outbox and inbox.");
        if (!publishedEvents().isEmpty()) {
            lines.add("- `sync/" + names.prefix() + "Events`: the outbox for " + simpleNames(publishedEvents())
                    + " (relayed to the broker with profile `rabbit`).");
        }
        if (!listenedEvents().isEmpty()) {
            lines.add("- `sync/" + names.prefix() + "EventConsumer`: the idempotent consumer of "
                    + simpleNames(listenedEvents()) + " (queue `" + names.artifactId() + ".events`, profile `rabbit`);"
                    + " `monolith-adapters/` forwards them from the monolith.");
        }
        incomingOperations().keySet()
            .forEach(callee -> lines.add("- `api/" + MonolithSources.simpleName(callee)
                    + "Endpoints`: what the monolith calls on the module over HTTP; `monolith-adapters/` has the"
                    + " client that replaces the in-process bean."));
        if (files.stream().anyMatch(file -> file.path().endsWith("/remote/MonolithCalls.java"))) {
            lines.add("- `remote/`: the calls back into the monolith (" + simpleNames(List.copyOf(callBacks().keySet()))
                    + ") over HTTP, with timeouts, retries for reads and a circuit breaker (Resilience4j);"
                    + " `monolith-adapters/` has the endpoints the monolith must serve for them.");
        }
        lines.add("- `" + names.prefix() + "ContractTests`: the same requests to the monolith and to the service,"
                + " answers compared.");
        lines.add("- `" + routesFile() + "`: the strangler gateway's route, in SHADOW mode.");
        notes.forEach(note -> lines.add("- Needs you: " + note + "."));
        return String.join("\n", lines);
    }

    private static String simpleNames(List<String> types) {
        return String.join(", ", types.stream().map(type -> "`" + MonolithSources.simpleName(type) + "`").toList());
    }

}
