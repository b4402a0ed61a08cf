package dev.ficus.analyzer.extract;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text file of the project generated for one candidate, read from the plan (the
 * monolith's code as the analysis read it included) and the monolith's build (its
 * {@code pom.xml} and Flyway scripts): nothing here is invented that the plan already
 * says, and no Java source is parsed again.
 */
final class ServiceProject {

    /** Where the generated project keeps the monolith's jar, as a Maven repository. */
    static final String LIB = "lib";

    private static final Template PROPERTIES = Template.load("application.properties");

    private static final Template RABBIT = Template.load("application-rabbit.properties");

    private static final Template CONTRACT_TESTS = Template.load("ContractTests.java");

    /**
     * The Kustomize component, in the style of deploy/k8s/base/catalog-service: each file
     * under {@code k8s/<artifactId>/}, rendered from the template under {@code k8s/}
     * named after its path with '-' for '/'.
     */
    private static final List<String> KUBERNETES = List.of("kustomization.yaml", "serviceaccount.yaml",
            "deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml", "networkpolicy.yaml", "dev/kustomization.yaml",
            "dev/db.env", "istio/kustomization.yaml", "istio/allow-to-monolith-app.yaml");

    private static final Template GIT_IGNORE = Template.load("gitignore");

    /**
     * Lets offline Maven ({@code -o}) read the project's {@code lib/} folder repository.
     */
    private static final Template MAVEN_CONFIG = Template.load("maven.config");

    static final String ADAPTERS = "monolith-adapters/";

    private final MigrationPlan plan;

    private final CandidatePlan candidate;

    private final MonolithBuild build;

    private final MonolithCode code;

    private final Path monolithRoot;

    private final ServiceNames names;

    private final CandidateBoundary boundary;

    private final Labels labels;

    private final MonolithSettings settings;

    private final List<GeneratedFile> schema;

    /**
     * How the README names the places a user types.
     *
     * @param plan the plan file, absolute
     * @param out the output folder, absolute
     * @param moduleClassifier classifier of the monolith jar in {@code lib/}, empty when
     * the project depends on the monolith's published artifact
     * @param ficusCheckout the Ficus checkout the next steps run from, when known
     */
    record Labels(String plan, String out, String moduleClassifier, Optional<String> ficusCheckout) {
    }

    ServiceProject(MigrationPlan plan, CandidatePlan candidate, Path monolithRoot, Labels labels,
            Optional<SpringRelease> release) {
        this.plan = plan;
        this.candidate = candidate;
        this.monolithRoot = monolithRoot;
        this.settings = MonolithSettings.of(monolithRoot);
        this.build = MonolithBuild.read(monolithRoot, candidate.boundary().sourceFolders()).releasedAs(release);
        this.code = new MonolithCode(plan);
        this.names = ServiceNames.of(candidate);
        this.boundary = new CandidateBoundary(plan, candidate);
        this.labels = labels;
        this.schema = ServiceSchema.of(candidate.data().tables(), monolithRoot, names.identifier());
    }

    CandidatePlan candidate() {
        return this.candidate;
    }

    ServiceNames names() {
        return this.names;
    }

    CandidateBoundary boundary() {
        return this.boundary;
    }

    Path monolithRoot() {
        return this.monolithRoot;
    }

    /** The service's names, and where it reaches the monolith. */
    private Map<String, String> withMonolithUrl() {
        Map<String, String> values = new HashMap<>(names.values());
        values.put("monolithUrl", settings.monolithUrl());
        values.put("databaseSettings", h2Settings());
        return values;
    }

    /** What the service's H2 URL adds for the dialect of its schema scripts. */
    String h2Settings() {
        return H2Settings.of(schema);
    }

    MonolithSettings monolithSettings() {
        return settings;
    }

    Labels labels() {
        return this.labels;
    }

    MonolithBuild build() {
        return this.build;
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        files.add(new GeneratedFile("pom.xml",
                ServicePom.render(names, build, labels.moduleClassifier(), boundary.modulePackages())));
        files.add(new GeneratedFile(names.folder("") + names.prefix() + "ServiceApplication.java",
                ServiceApplication.render(names, boundary)));
        String properties = PROPERTIES.render(withMonolithUrl()) + new CallerAllowList(names, boundary).properties();
        files.add(new GeneratedFile("src/main/resources/application.properties", settings.appendedTo(properties)));
        files.add(new GeneratedFile("src/main/resources/application-rabbit.properties",
                RABBIT.render(build.serviceLine().templateValues())));
        files.addAll(schema);
        files.addAll(eventFiles(notes));
        files.addAll(incomingFiles(notes));
        files.addAll(callBackFiles(notes));
        notes.addAll(new SpanningTransactions(boundary.crossingCalls(), boundary.entities()).notes());
        notes.addAll(ServiceSchema.collectionNotes(candidate.data().tables()));
        notes.addAll(build.notes(monolithRoot, files.stream().anyMatch(file -> file.path().startsWith(ADAPTERS))));
        notes.addAll(ServicePom.notes(build, labels.moduleClassifier()));
        notes.addAll(settings.notes(properties));
        notes.addAll(TrafficNotes.of(candidate, routesFile()));
        files.add(new GeneratedFile(
                "src/test/java/" + names.packageName().replace('.', '/') + "/" + names.prefix() + "ContractTests.java",
                CONTRACT_TESTS.render(EventSources.withJackson(build.serviceLine(), withMonolithUrl()))));
        ServiceDocs docs = new ServiceDocs(this);
        files.add(new GeneratedFile("src/test/resources/contract/requests.txt", docs.contractRequests()));
        files.add(new GeneratedFile(routesFile(), docs.routes()));
        files.add(new GeneratedFile("README.md", docs.readme(files, notes)));
        files.add(new GeneratedFile(".gitignore", GIT_IGNORE.render(Map.of())));
        files.add(new GeneratedFile(".mvn/maven.config", MAVEN_CONFIG.render(Map.of())));
        new AdaptersReadme(names, boundary, files, build.serviceLine()).file().ifPresent(files::add);
        for (String manifest : KUBERNETES) {
            files.add(new GeneratedFile(kubernetesFolder() + "/" + manifest,
                    Template.load("k8s/" + manifest.replace('/', '-')).render(names.values())));
        }
        files.add(new GeneratedFile(kubernetesRoutesFile(), docs.kubernetesRoutes()));
        return files;
    }

    /**
     * The route on Kubernetes, named for the file it becomes in the gateway's routes
     * ConfigMap.
     */
    String kubernetesRoutesFile() {
        return kubernetesFolder() + "/" + names.candidate() + ".properties";
    }

    /** The Kustomize component that joins the service to deploy/k8s. */
    String kubernetesFolder() {
        return "k8s/" + names.artifactId();
    }

    String routesFile() {
        return "routes/" + names.candidate() + ".properties";
    }

    private List<GeneratedFile> eventFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        List<String> published = boundary.publishedEvents();
        if (!published.isEmpty()) {
            files.add(new GeneratedFile(names.folder("sync") + names.prefix() + "Events.java",
                    EventSources.outbox(names, published, code)));
            files.add(new GeneratedFile(monolithFolder(adapterPackage()) + names.prefix() + "EventInbox.java",
                    EventSources.inbox(names, adapterPackage(), published, build.serviceLine())));
        }
        List<String> listened = boundary.listenedEvents();
        if (!listened.isEmpty()) {
            files.add(new GeneratedFile(names.folder("sync") + names.prefix() + "EventConsumer.java",
                    EventSources.consumer(names, listened, build.serviceLine())));
            files.add(new GeneratedFile(monolithFolder(adapterPackage()) + names.prefix() + "EventForwarding.java",
                    EventSources.forwarding(names, adapterPackage(), listened, boundary::publisherOf,
                            build.serviceLine())));
        }
        boundary.unresolvedEvents()
            .forEach(event -> notes.add("listens to `" + event
                    + "`, which is no single type of the monolith's sources: its consumer is not generated"));
        return files;
    }

    private List<GeneratedFile> incomingFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        boundary.incomingOperations().forEach((callee, operations) -> {
            String simple = MonolithCode.simpleName(callee);
            files.add(new GeneratedFile(names.folder("api") + simple + "Endpoints.java",
                    HttpAdapters.endpoints(names.packageName() + ".api", simple + "Endpoints",
                            "What the monolith calls on " + simple + " over HTTP once the " + names.candidate()
                                    + " service runs it: each endpoint calls the module's own bean.",
                            callee, code.importsFor(callee), operations, List.of())));
            Optional<JavaInterface> contract = code.javaInterface(callee);
            if (contract.isEmpty()) {
                notes.add("`" + simple + "` " + code.whyNoClient(callee) + ": the monolith keeps calling it in-process"
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
        if (!boundary.incomingOperations().isEmpty()) {
            files.addAll(ClientWiring.monolithCalls(monolithFolder(adapterPackage()), adapterPackage(), names,
                    names.prefix() + "ServiceCalls"));
        }
        return files;
    }

    private List<GeneratedFile> callBackFiles(List<String> notes) {
        List<GeneratedFile> files = new ArrayList<>();
        List<JavaInterface> clients = new ArrayList<>();
        boundary.callBacks().forEach((callee, operations) -> {
            String simple = MonolithCode.simpleName(callee);
            Optional<String> entityOwner = boundary.entityOwner(callee);
            if (entityOwner.isPresent()) {
                notes.add("uses `" + simple + "`, a JPA entity of " + entityOwner.get()
                        + " (shared entity): its table is not in this service's database, so whatever loads it here"
                        + " fails until this candidate keeps only its id and asks " + entityOwner.get()
                        + " for the rest");
                return;
            }
            Optional<JavaInterface> contract = code.javaInterface(callee);
            if (contract.isEmpty() || operations.isEmpty()) {
                notes.add("calls `" + simple + "` of the monolith, which "
                        + (contract.isEmpty() ? code.whyNoClient(callee) : "the plan proposes no HTTP operation for")
                        + ": no adapter generated, this call fails in the service until it has one");
                return;
            }
            clients.add(contract.get());
            files.add(new GeneratedFile(names.folder("remote") + "Remote" + simple + ".java",
                    HttpAdapters.client(names.packageName() + ".remote", "Remote" + simple,
                            "The monolith's " + simple + " as this service sees it: every call goes over HTTP to"
                                    + " the endpoints in the monolith's monolith-adapters.",
                            contract.get(), "MonolithCalls", operations)));
            String endpointsPackage = MonolithCode.packageOf(callee) + ".internal.remote";
            files.add(new GeneratedFile(monolithFolder(endpointsPackage) + simple + "Endpoints.java",
                    HttpAdapters.endpoints(endpointsPackage, simple + "Endpoints",
                            "What the services extracted from the monolith call back on " + simple
                                    + ": each endpoint calls the monolith's own bean.",
                            callee, code.importsFor(callee), operations, boundary.servicesCallingBack(callee))));
            files.add(new GeneratedFile(monolithFolder(endpointsPackage) + "InternalCallers.java",
                    HttpAdapters.internalCallers(endpointsPackage)));
        });
        if (!clients.isEmpty()) {
            files.addAll(
                    ClientWiring.serviceSideFiles(names.folder("remote"), names.packageName() + ".remote", clients));
        }
        return files.stream().distinct().toList();
    }

    /**
     * Where the monolith's adapters for this candidate go: beside the module, like
     * catalog's.
     */
    private String adapterPackage() {
        return boundary.modulePackages().get(0).replaceFirst("\\.internal$", "") + ".internal.remote";
    }

    private static String monolithFolder(String packageName) {
        return ADAPTERS + "src/main/java/" + packageName.replace('.', '/') + "/";
    }

}
