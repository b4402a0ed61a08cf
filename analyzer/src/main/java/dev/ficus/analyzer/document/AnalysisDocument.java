package dev.ficus.analyzer.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code analysis.json}: everything one analysis found, the one contract that
 * {@code ficus analyze} writes and {@code plan}, the report writers and users' own
 * tooling read (schema in {@code docs/analysis.schema.json}). Every list is sorted and
 * every number rounded, so the same input gives the same bytes; only {@code stats.millis}
 * and {@code stats.peakHeapMb} differ between runs.
 * <p>
 * Longer than 300 lines because the records of the analysis itself are nested here, so
 * that the contract reads in one file beside its published schema; each record is a plain
 * value. What describes the monolith's code for the generated code ({@link TableSpec},
 * {@link CalledType}, {@link EventType}) has files of its own.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the Ficus that wrote it
 * @param input what was analysed
 * @param stats size of the input and cost of the run
 * @param resolution the clustering resolution the boundaries were found at
 * @param metrics quality of the decomposition as a whole
 * @param services candidate services, sorted by name
 * @param sharedKernel types left to a shared library
 * @param platform framework plumbing (application class, configuration, filters) that
 * stays with the platform, never a business candidate
 * @param sharedTables tables touched by more than one candidate
 * @param types every analysed top-level type with where it was placed and why, sorted by
 * name
 * @param dependencies the weighted dependency graph between those types, sorted by source
 * then target
 * @param calls the call sites that cross a group line (candidate or shared kernel) into a
 * candidate, or into an interface of the platform or the kernel that another group's
 * candidate implements (a port), sorted
 * @param operations the called methods of those call sites as declared, sorted
 * @param calledTypes the callees of those call sites as a generated adapter implements or
 * calls them, sorted by type
 * @param events the types named like an event a candidate's listener takes, sorted by
 * type
 * @param entityTables tables JPA entities map, with their columns, sorted by name
 * @param tableAccesses which type touches which table and how the analyzer knows, sorted
 * @param diagnostics problems found in the input, sorted
 */
public record AnalysisDocument(int schemaVersion, Input input, Stats stats, Resolution resolution, Metrics metrics,
        List<Service> services, SharedKernel sharedKernel, SharedKernel platform, List<SharedTable> sharedTables,
        List<TypeInfo> types, List<DependencyInfo> dependencies, List<CallSite> calls, List<Operation> operations,
        List<CalledType> calledTypes, List<EventType> events, List<TableSpec> entityTables,
        List<TableAccessInfo> tableAccesses, List<DiagnosticInfo> diagnostics) {

    /**
     * Version of the document's schema, raised on incompatible changes; the only version
     * this Ficus reads.
     */
    public static final int SCHEMA_VERSION = 6;

    /** The group of a type in the shared kernel. */
    public static final String SHARED_KERNEL = "shared kernel";

    /**
     * The group of a type in the platform; no candidate service is given this name.
     */
    public static final String PLATFORM = "platform";

    public AnalysisDocument {
        services = List.copyOf(services);
        sharedTables = List.copyOf(sharedTables);
        types = List.copyOf(types);
        dependencies = List.copyOf(dependencies);
        calls = List.copyOf(calls);
        operations = List.copyOf(operations);
        calledTypes = List.copyOf(calledTypes);
        events = List.copyOf(events);
        entityTables = List.copyOf(entityTables);
        tableAccesses = List.copyOf(tableAccesses);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Service> service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** Types by name. */
    public SortedMap<String, TypeInfo> typesByName() {
        SortedMap<String, TypeInfo> byName = new TreeMap<>();
        types.forEach(type -> byName.put(type.name(), type));
        return byName;
    }

    /**
     * What was analysed.
     *
     * @param path the folder as the user named it
     * @param sourceRoots source roots relative to it, with {@code /} separators, sorted
     */
    public record Input(String path, List<String> sourceRoots) {

        public Input {
            sourceRoots = sourceRoots.stream().sorted().toList();
        }
    }

    /**
     * Size of the input and cost of the run.
     *
     * @param files Java files read
     * @param loc non-blank, non-comment lines
     * @param types top-level types analysed
     * @param edges dependencies between them
     * @param parseErrors files that did not parse
     * @param unresolvedCallRatio share of method calls whose target could not be resolved
     * @param millis wall-clock time of the analysis
     * @param peakHeapMb peak heap use of the JVM
     */
    public record Stats(int files, long loc, int types, int edges, long parseErrors, double unresolvedCallRatio,
            long millis, long peakHeapMb) {
    }

    /**
     * The modularity resolution the clustering ended with, and the service count asked
     * for when steered.
     *
     * @param value resolution γ of the final clustering
     * @param requestedServices the {@code --services N} asked for, absent when the
     * resolution was given
     */
    public record Resolution(double value,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer requestedServices) {
    }

    /** Quality of the decomposition as a whole (see {@code docs/analyzer-metrics.md}). */
    public record Metrics(double modularity, double structuralModularity, double icp, double bcp, double ned,
            double ifn) {
    }

    /**
     * A candidate service.
     *
     * @param name short lower-case name, unique within the document
     * @param types fully qualified top-level types, sorted
     * @param tables tables those types access, sorted
     * @param entryPoints entry points declared by those types, sorted
     * @param metrics size, coupling and cohesion
     */
    public record Service(String name, List<String> types, List<String> tables, List<EntryPointInfo> entryPoints,
            ServiceFigures metrics) {

        public Service {
            types = List.copyOf(types);
            tables = List.copyOf(tables);
            entryPoints = List.copyOf(entryPoints);
        }
    }

    /**
     * Size and coupling of one candidate service.
     *
     * @param types top-level types in the service
     * @param loc non-blank, non-comment lines of those types
     * @param callsIn static call sites in other services that call into this one
     * @param callsOut static call sites in this service that call into other services
     * @param interfaceTypes types of this service that other services depend on (its
     * share of IFN)
     * @param cohesion pairs of its types joined by a dependency over all pairs, μ/N² as
     * in SM's cohesion term
     * @param coupling share of the dependency weight touching its types that crosses into
     * another group
     */
    public record ServiceFigures(int types, long loc, long callsIn, long callsOut, int interfaceTypes, double cohesion,
            double coupling) {
    }

    /**
     * A way into the application from outside.
     *
     * @param type fully qualified top-level type declaring it
     * @param kind lower-case kind: {@code http}, {@code jaxrs}, {@code servlet},
     * {@code listener}, ...
     * @param detail human-readable detail, e.g. {@code "GET /api/orders/{id}"}
     * @param method the declaring method's name, or the type's simple name for type-level
     * entry points
     */
    public record EntryPointInfo(String type, String kind, String detail, String method) {
    }

    /**
     * Types every candidate may use as a library.
     *
     * @param types fully qualified names, sorted
     * @param reason why these types were chosen
     */
    public record SharedKernel(List<String> types, String reason) {

        public SharedKernel {
            types = List.copyOf(types);
        }
    }

    /**
     * A table touched by more than one candidate.
     *
     * @param table lower-case table name
     * @param services names of the candidates touching it, sorted
     */
    public record SharedTable(String table, List<String> services) {

        public SharedTable {
            services = List.copyOf(services);
        }
    }

    /**
     * An analysed top-level type, where it was placed and why.
     *
     * @param name fully qualified name
     * @param file source file relative to the analysed root
     * @param kind {@code class}, {@code interface}, {@code enum}, {@code record} or
     * {@code annotation}
     * @param loc non-blank, non-comment lines
     * @param group the candidate service it was placed in, {@link #SHARED_KERNEL} or
     * {@link #PLATFORM}
     * @param evidence why it sits there
     */
    public record TypeInfo(String name, String file, String kind, int loc, String group, Evidence evidence) {
    }

    /**
     * Why a type sits in its group.
     *
     * @param ownGroupShare share of the weight of its dependencies (in and out) that
     * stays inside its group
     * @param neighbours its heaviest dependencies in either direction, heaviest first
     * @param tables tables it touches, sorted
     * @param entryPoints entry points it declares, as {@code kind detail}, sorted
     */
    public record Evidence(double ownGroupShare, List<Neighbour> neighbours, List<String> tables,
            List<String> entryPoints) {

        public Evidence {
            neighbours = List.copyOf(neighbours);
            tables = List.copyOf(tables);
            entryPoints = List.copyOf(entryPoints);
        }
    }

    /**
     * A type joined to another by dependencies in either direction.
     *
     * @param type fully qualified name of the other type
     * @param group the other type's group
     * @param weight summed weight of the dependencies both ways
     */
    public record Neighbour(String type, String group, double weight) {
    }

    /**
     * The dependency of one top-level type on another.
     *
     * @param source fully qualified dependent type
     * @param target fully qualified type depended on
     * @param weight sum over kinds of count × kind weight
     * @param counts occurrences by lower-case edge kind ({@code call},
     * {@code type_reference}, ...)
     */
    public record DependencyInfo(String source, String target, double weight, Map<String, Integer> counts) {

        public DependencyInfo {
            counts = new TreeMap<>(counts);
        }

        public int count(String kind) {
            return counts.getOrDefault(kind, 0);
        }
    }

    /**
     * A call site whose callee is in a candidate and whose caller is in another group.
     *
     * @param caller fully qualified calling type
     * @param callee fully qualified called type
     * @param location {@code file:line}
     * @param method called method, {@code "?"} when no call could be read at the location
     * @param arguments arguments passed, -1 when unknown
     * @param resultUsed whether the caller uses the returned value
     * @param handled exceptions the caller catches around the call (simple names), sorted
     * @param transactionalMethod the method around the call when it, or its class, is a
     * writing {@code @Transactional}; empty when not
     * @param receiver what the call is made on: {@code field} (a bean the caller holds),
     * {@code parameter}, {@code local}, {@code result} (of another call) or {@code type}
     * (a static call); {@code field} in documents that predate it
     */
    public record CallSite(String caller, String callee, String location, String method, int arguments,
            boolean resultUsed, List<String> handled, String transactionalMethod, String receiver) {

        /** A field of the caller, {@code this}, or an implicit one: a bean it holds. */
        public static final String ON_FIELD = "field";

        /** A parameter of the method or lambda around the call (not a constructor's). */
        public static final String ON_PARAMETER = "parameter";

        /** A local variable, a loop variable or a pattern variable. */
        public static final String ON_LOCAL = "local";

        /** The result of another call or expression: {@code users.find(id).getName()}. */
        public static final String ON_RESULT = "result";

        /** A type: a static call such as {@code StringUtils.isBlank(s)}. */
        public static final String ON_TYPE = "type";

        public CallSite {
            handled = List.copyOf(handled);
            receiver = Objects.requireNonNullElse(receiver, ON_FIELD);
        }
    }

    /**
     * A method called across a group line, as its type declares it.
     *
     * @param type fully qualified declaring type
     * @param method name
     * @param arguments number of parameters the calls pass
     * @param parameters parameters as declared
     * @param returnType return type as written, {@code void} for none
     * @param responseFields components of the return type when it is a record of the
     * analysed code
     * @param failures exceptions it signals to callers (its {@code throws} clause,
     * {@code @throws} tags and exceptions thrown in its body; simple names), sorted
     */
    public record Operation(String type, String method, int arguments, List<Field> parameters, String returnType,
            List<Field> responseFields, List<String> failures) {

        public Operation {
            parameters = List.copyOf(parameters);
            responseFields = List.copyOf(responseFields);
            failures = List.copyOf(failures);
        }
    }

    /**
     * A named, typed value: a parameter or a record component.
     *
     * @param name Java name
     * @param type Java type as written in the source
     */
    public record Field(String name, String type) {
    }

    /**
     * One type's access to a table.
     *
     * @param type fully qualified top-level type
     * @param table lower-case table name
     * @param via {@code entity}, {@code repository}, {@code mybatis} or {@code sql}
     * @param location {@code file:line}
     */
    public record TableAccessInfo(String type, String table, String via, String location) {
    }

    /**
     * A problem found in the input.
     *
     * @param file file relative to the analysed root
     * @param line 1-based line, 0 for the whole file
     * @param severity {@code error} or {@code warning}
     * @param message what is wrong
     */
    public record DiagnosticInfo(String file, int line, String severity, String message) {
    }
}
