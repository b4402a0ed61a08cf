package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.DecompositionMetrics;
import dev.ficus.analyzer.boundaries.ServiceMetrics;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.CalledType;
import dev.ficus.analyzer.document.EventType;
import dev.ficus.analyzer.document.TableSpec;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TableAccess;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.calls.CallSites;
import dev.ficus.analyzer.graph.data.EntityTables;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import dev.ficus.analyzer.source.Diagnostic;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.plan.Names;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns what the stages found (sources, graph, decomposition) into the
 * {@link AnalysisDocument}, reading from the sources the facts later stages need (call
 * sites, declared operations, entity tables) so that none of them parses again.
 */
final class DocumentBuilder {

    private static final int DECIMALS = 4;

    private final ParsedSources sources;

    private final CodeGraph graph;

    private final Decomposition decomposition;

    private final Groups groups;

    DocumentBuilder(ParsedSources sources, CodeGraph graph, Decomposition decomposition) {
        this.sources = sources;
        this.graph = graph;
        this.decomposition = decomposition;
        this.groups = new Groups(decomposition);
    }

    /** The document; {@code startNanos} is when the analysis began, for its duration. */
    AnalysisDocument build(AnalyzerOptions options, long startNanos) {
        AnalysisDocument document = build(options, 0, 0);
        AnalysisDocument.Stats stats = document.stats();
        return new AnalysisDocument(document.schemaVersion(), document.input(),
                new AnalysisDocument.Stats(stats.files(), stats.loc(), stats.types(), stats.edges(),
                        stats.parseErrors(), stats.unresolvedCallRatio(), (System.nanoTime() - startNanos) / 1_000_000,
                        peakHeapMb()),
                document.resolution(), document.metrics(), document.services(), document.sharedKernel(),
                document.platform(), document.sharedTables(), document.types(), document.dependencies(),
                document.calls(), document.operations(), document.calledTypes(), document.events(),
                document.entityTables(), document.tableAccesses(), document.diagnostics());
    }

    /** The document with the run's cost as given, so that tests can compare bytes. */
    AnalysisDocument build(AnalyzerOptions options, long millis, long peakHeapMb) {
        SourceIndex index = new SourceIndex(sources);
        CallSites callSites = new CallSites(index);
        List<AnalysisDocument.CallSite> calls = calls(callSites);
        List<AnalysisDocument.Operation> operations = operations(calls, callSites);
        List<TableSpec> entityTables = List.copyOf(EntityTables.read(index).values());
        AnalysisDocument.Input input = new AnalysisDocument.Input(options.displayPath(),
                sources.sourceRoots().stream().map(root -> relative(sources.root(), root)).toList());
        Integer requested = options.boundaries().services().isPresent() ? options.boundaries().services().getAsInt()
                : null;
        AnalysisDocument.Stats stats = new AnalysisDocument.Stats(sources.files(), sources.loc(), graph.types().size(),
                graph.graph().edgeSet().size(), sources.parseErrors(), round(graph.unresolvedCallRatio()), millis,
                peakHeapMb);
        return new AnalysisDocument(AnalysisDocument.SCHEMA_VERSION, input, stats,
                new AnalysisDocument.Resolution(round(decomposition.resolution()), requested),
                metrics(DecompositionMetrics.of(graph, decomposition)), services(),
                new AnalysisDocument.SharedKernel(List.copyOf(decomposition.sharedKernel().types()),
                        decomposition.sharedKernel().reason()),
                new AnalysisDocument.SharedKernel(List.copyOf(decomposition.platform().types()),
                        decomposition.platform().reason()),
                decomposition.sharedTables()
                    .entrySet()
                    .stream()
                    .map(e -> new AnalysisDocument.SharedTable(e.getKey(), List.copyOf(e.getValue())))
                    .toList(),
                new TypeEvidence(graph, groups).types(), dependencies(), calls, operations,
                calledTypes(calls, callSites), events(index, callSites), entityTables,
                graph.tableAccesses().stream().sorted().map(DocumentBuilder::tableAccess).toList(),
                sources.diagnostics().stream().sorted().map(DocumentBuilder::diagnostic).toList());
    }

    private List<AnalysisDocument.Service> services() {
        SortedMap<String, ServiceMetrics> figures = ServiceMetrics.of(graph, decomposition);
        ServiceCohesion cohesion = new ServiceCohesion(graph, groups);
        return decomposition.services().stream().map(service -> {
            ServiceMetrics metrics = Objects.requireNonNull(figures.get(service.name()), service.name());
            return new AnalysisDocument.Service(service.name(), List.copyOf(service.types()),
                    List.copyOf(service.tables()),
                    service.entryPoints().stream().map(DocumentBuilder::entryPoint).toList(),
                    new AnalysisDocument.ServiceFigures(metrics.types(), metrics.loc(), metrics.callsIn(),
                            metrics.callsOut(), metrics.interfaceTypes(), round(cohesion.cohesion(service)),
                            round(cohesion.coupling(service))));
        }).toList();
    }

    private List<AnalysisDocument.DependencyInfo> dependencies() {
        return graph.graph()
            .edgeSet()
            .stream()
            .sorted(Comparator.comparing(Dependency::source).thenComparing(Dependency::target))
            .map(dependency -> {
                Map<String, Integer> counts = new TreeMap<>();
                dependency.counts().forEach((kind, count) -> counts.put(kindName(kind), count));
                return new AnalysisDocument.DependencyInfo(dependency.source(), dependency.target(),
                        round(graph.weight(dependency)), counts);
            })
            .toList();
    }

    /**
     * Call sites on every calling dependency from one group into a candidate of another,
     * or into an interface of the platform or the kernel that a type of another group's
     * candidate implements (a port, whose calls that candidate may serve).
     */
    private List<AnalysisDocument.CallSite> calls(CallSites callSites) {
        List<AnalysisDocument.CallSite> calls = new ArrayList<>();
        for (Dependency dependency : graph.graph().edgeSet()) {
            if (dependency.count(EdgeKind.CALL) == 0 || !reachesAnotherCandidate(dependency)) {
                continue;
            }
            List<AnalysisDocument.CallSite> found = new ArrayList<>();
            for (SourceLocation location : dependency.locations()) {
                for (CallSites.Call call : callSites.callsAt(location, dependency.target())) {
                    found.add(new AnalysisDocument.CallSite(dependency.source(), dependency.target(),
                            location.toString(), call.method(), call.arguments(), call.resultUsed(), call.handled(),
                            callSites.writingTransactionAround(location), call.receiver()));
                }
            }
            if (found.isEmpty()) {
                List<SourceLocation> locations = dependency.locations();
                String where = locations.isEmpty() ? "?" : locations.get(0).toString();
                String transactional = locations.isEmpty() ? "" : callSites.writingTransactionAround(locations.get(0));
                found.add(new AnalysisDocument.CallSite(dependency.source(), dependency.target(), where, "?", -1, true,
                        List.of(), transactional, AnalysisDocument.CallSite.ON_FIELD));
            }
            calls.addAll(found);
        }
        calls.sort(Comparator.comparing(AnalysisDocument.CallSite::location)
            .thenComparing(AnalysisDocument.CallSite::caller)
            .thenComparing(AnalysisDocument.CallSite::callee)
            .thenComparing(AnalysisDocument.CallSite::method));
        return calls;
    }

    private boolean reachesAnotherCandidate(Dependency dependency) {
        String callerGroup = groups.of(dependency.source());
        String calleeGroup = groups.of(dependency.target());
        if (groups.isCandidate(calleeGroup)) {
            return !calleeGroup.equals(callerGroup);
        }
        TypeNode callee = graph.types().get(dependency.target());
        return callee != null && callee.kind() == TypeNode.Kind.INTERFACE
                && graph.graph()
                    .incomingEdgesOf(dependency.target())
                    .stream()
                    .filter(implementation -> implementation.count(EdgeKind.INHERITANCE) > 0)
                    .map(implementation -> groups.of(implementation.source()))
                    .anyMatch(group -> groups.isCandidate(group) && !group.equals(callerGroup));
    }

    private static List<AnalysisDocument.Operation> operations(List<AnalysisDocument.CallSite> calls,
            CallSites callSites) {
        record Key(String type, String method, int arguments) {
        }
        SortedMap<String, AnalysisDocument.Operation> operations = new TreeMap<>();
        calls.stream()
            .filter(call -> !call.method().equals("?") && call.arguments() >= 0)
            .map(call -> new Key(call.callee(), call.method(), call.arguments()))
            .distinct()
            .forEach(key -> callSites.operation(key.type(), key.method(), key.arguments())
                .ifPresent(operation -> operations.put(
                        key.type() + "#" + key.method() + "#" + String.format(Locale.ROOT, "%03d", key.arguments()),
                        operation)));
        return List.copyOf(operations.values());
    }

    /** The callees of the call sites, as the analysed sources declare them. */
    private List<CalledType> calledTypes(List<AnalysisDocument.CallSite> calls, CallSites callSites) {
        return calls.stream()
            .map(AnalysisDocument.CallSite::callee)
            .distinct()
            .sorted()
            .flatMap(callee -> Optional.ofNullable(graph.types().get(callee))
                .flatMap(type -> callSites.calledType(callee, kindName(type.kind())))
                .stream())
            .toList();
    }

    /**
     * The types, top-level or nested, named like the event of a candidate's listener
     * entry point (its detail's first word, {@code PatronEvent.BookReturned} read as
     * {@code BookReturned}).
     */
    private List<EventType> events(SourceIndex index, CallSites callSites) {
        Set<String> names = decomposition.services()
            .stream()
            .flatMap(service -> service.entryPoints().stream())
            .filter(entryPoint -> entryPoint.kind() == EntryPoint.Kind.LISTENER)
            .map(entryPoint -> Names.simpleName(entryPoint.detail().split(" ", 2)[0]))
            .collect(Collectors.toSet());
        return Stream.concat(graph.types().keySet().stream(), index.nestedTypeNames().stream().sorted())
            .filter(type -> names.contains(Names.simpleName(type)))
            .map(type -> new EventType(type, callSites.declaresEventId(type)))
            .toList();
    }

    private static AnalysisDocument.Metrics metrics(DecompositionMetrics metrics) {
        return new AnalysisDocument.Metrics(round(metrics.modularity()), round(metrics.structuralModularity()),
                round(metrics.icp()), round(metrics.bcp()), round(metrics.ned()), round(metrics.ifn()));
    }

    static AnalysisDocument.EntryPointInfo entryPoint(EntryPoint entryPoint) {
        return new AnalysisDocument.EntryPointInfo(entryPoint.type(), kindName(entryPoint.kind()), entryPoint.detail(),
                entryPoint.method());
    }

    private static AnalysisDocument.TableAccessInfo tableAccess(TableAccess access) {
        return new AnalysisDocument.TableAccessInfo(access.type(), access.table(), access.via(),
                String.valueOf(access.location()));
    }

    private static AnalysisDocument.DiagnosticInfo diagnostic(Diagnostic diagnostic) {
        return new AnalysisDocument.DiagnosticInfo(diagnostic.file(), diagnostic.line(),
                kindName(diagnostic.severity()), diagnostic.message());
    }

    static String kindName(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Rounded to four decimals so that the document's bytes repeat; NaN and infinities
     * become 0.
     */
    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0.0;
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String relative(Path root, Path sourceRoot) {
        Path relative = sourceRoot.isAbsolute() == root.isAbsolute() && sourceRoot.startsWith(root)
                ? root.relativize(sourceRoot) : sourceRoot;
        String text = relative.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static long peakHeapMb() {
        long bytes = ManagementFactory.getMemoryPoolMXBeans()
            .stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
        return bytes / (1024 * 1024);
    }

}
