package dev.ficus.analyzer.plan;

import dev.ficus.plan.Boundary;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.EventType;
import dev.ficus.plan.ExtractionScore;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocuments;
import dev.ficus.plan.Risk;
import dev.ficus.plan.Names;
import dev.ficus.plan.Traffic;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns an analysis document into a {@link MigrationPlan}: candidates ranked by
 * {@link ExtractionScore}, each with its boundary, data, traffic, checklist and risks.
 * Reads nothing but the document; deterministic: the same document gives the same plan.
 */
public final class MigrationPlanner {

    /** Where {@code ficus plan} writes the plan unless told otherwise. */
    public static final String DEFAULT_PLAN_FILE = "ficus-out/" + PlanDocuments.FILE_NAME;

    private final AnalysisDocument analysis;

    private final Ownership ownership;

    private final Map<String, TableSpec> entityTables = new TreeMap<>();

    private final Map<String, AnalysisDocument.Operation> operations = new TreeMap<>();

    private final Map<String, AnalysisDocument.TypeInfo> types;

    private final CrossingCalls crossing;

    private final CandidateCycles cycles;

    private final SortedMap<String, SortedSet<String>> ownersByTable;

    private final TableOwners tableOwners;

    private final String planFile;

    private MigrationPlanner(AnalysisDocument analysis, String planFile) {
        this.analysis = analysis;
        this.planFile = planFile;
        this.ownership = new Ownership(analysis);
        this.types = analysis.typesByName();
        analysis.entityTables().forEach(table -> entityTables.putIfAbsent(table.name(), table));
        analysis.operations()
            .forEach(operation -> operations
                .put(RemoteApiProposal.key(operation.type(), operation.method(), operation.arguments()), operation));
        this.crossing = new CrossingCalls(analysis, ownership);
        this.cycles = new CandidateCycles(analysis.services().stream().map(AnalysisDocument.Service::name).toList(),
                crossing.candidateCalls());
        this.ownersByTable = ownersByTable();
        this.tableOwners = new TableOwners(analysis, ownership);
    }

    /**
     * Plans the extraction of every candidate of the analysis, its checklist naming the
     * plan as {@code ficus-out/plan.json}.
     */
    public static MigrationPlan plan(AnalysisDocument analysis) {
        return plan(analysis, DEFAULT_PLAN_FILE);
    }

    /**
     * Plans the extraction of every candidate of the analysis.
     * @param planFile where the plan is written, as the checklist's commands name it
     */
    public static MigrationPlan plan(AnalysisDocument analysis, String planFile) {
        return new MigrationPlanner(analysis, planFile).plan();
    }

    /**
     * Best score first, compared in whole points: size costs 0.01 a line, so a few lines
     * changed in one candidate must not swap two that score alike; within a point the
     * smaller one goes first (less to move for the same worth), then the higher score,
     * then the name.
     */
    private MigrationPlan plan() {
        record Scored(AnalysisDocument.Service candidate, ExtractionFacts facts, ExtractionScore score) {
        }
        List<Scored> scored = analysis.services().stream().map(candidate -> {
            ExtractionFacts facts = facts(candidate);
            return new Scored(candidate, facts, facts.score());
        })
            .sorted(Comparator.comparing((Scored s) -> !s.facts().capability())
                .thenComparingLong(s -> -Math.round(s.score().value()))
                .thenComparingInt(s -> s.facts().loc())
                .thenComparingDouble(s -> -s.score().value())
                .thenComparing(s -> s.candidate().name()))
            .toList();
        List<CandidatePlan> candidates = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            candidates.add(candidatePlan(s.candidate(), i + 1, s.facts(), s.score()));
        }
        return new MigrationPlan(MigrationPlan.SCHEMA_VERSION, analysis.input().path(), candidates,
                analysis.calledTypes().stream().map(PlannedCalledTypes::of).toList(),
                analysis.events().stream().map(event -> new EventType(event.type(), event.eventId())).toList());
    }

    private static final java.util.regex.Pattern MANAGEMENT_OPERATION = java.util.regex.Pattern
        .compile("[A-Z]+ /actuator(/.*)?");

    private ExtractionFacts facts(AnalysisDocument.Service candidate) {
        String name = candidate.name();
        SortedSet<String> sharedTables = new TreeSet<>();
        ownersByTable.forEach((table, owners) -> {
            if (owners.contains(name) && owners.size() > 1) {
                sharedTables.add(table);
            }
        });
        int loc = candidate.types()
            .stream()
            .map(types::get)
            .filter(type -> type != null)
            .mapToInt(AnalysisDocument.TypeInfo::loc)
            .sum();
        int incoming = crossing.callSitesInto(name);
        boolean capability = incoming > 0 || !candidate.tables().isEmpty()
                || candidate.entryPoints()
                    .stream()
                    .anyMatch(entryPoint -> !entryPoint.kind().equals("main") && !TrafficProposal.isFilter(entryPoint));
        int trafficEntryPoints = (int) candidate.entryPoints().stream().filter(MigrationPlanner::takesTraffic).count();
        return new ExtractionFacts(incoming, crossing.callSitesOutOf(name), sharedTables, cycles.partnersOf(name),
                trafficEntryPoints, loc, capability,
                candidate.entryPoints()
                    .stream()
                    .filter(entryPoint -> entryPoint.kind().equals("main"))
                    .map(entryPoint -> Names.simpleName(entryPoint.type()))
                    .distinct()
                    .sorted()
                    .toList());
    }

    /**
     * Whether an entry point takes users' traffic the gateway can move: a management
     * operation under {@code /actuator} does not (the gateway never proxies it), so it
     * earns the candidate nothing, though it still moves with the candidate.
     */
    static boolean takesTraffic(AnalysisDocument.EntryPointInfo entryPoint) {
        return !MANAGEMENT_OPERATION.matcher(entryPoint.detail()).matches();
    }

    private CandidatePlan candidatePlan(AnalysisDocument.Service candidate, int rank, ExtractionFacts facts,
            ExtractionScore score) {
        String name = candidate.name();
        List<CrossingCall> incoming = crossing.into(name);
        RemoteApiProposal api = new RemoteApiProposal(name, incoming, operations, entityTypes());
        List<String> entryPoints = candidate.entryPoints()
            .stream()
            .map(entryPoint -> entryPoint.kind().toLowerCase(Locale.ROOT) + " " + entryPoint.detail() + " ("
                    + Names.simpleName(entryPoint.type()) + ")")
            .sorted()
            .toList();
        Boundary boundary = new Boundary(List.copyOf(candidate.types()), entryPoints,
                sharedKernelTypesUsedBy(candidate), incoming, crossing.outOf(name), api.remoteApi(),
                api.eventCandidates(), sourceFolders(candidate));
        DataMove data = dataMove(candidate);
        RoutePaths.Proposal routes = new RoutePaths(TrafficProposal.otherHttpPaths(analysis, candidate))
            .of(TrafficProposal.httpPaths(candidate), Names.kebab(name));
        Traffic traffic = TrafficProposal.of(candidate, rank, routes);
        List<Risk> risks = new ArrayList<>(Risks.of(name, facts, boundary.movingTypes(), analysis, ownersByTable));
        risks.addAll(Risks.sharedEntities(api.sharedEntityCalls()));
        risks.addAll(Risks.withoutHttpTraffic(name, facts, traffic));
        risks.addAll(Risks.sharedPaths(routes.sharedWith()));
        risks.addAll(Risks.withoutOwnPaths(name, traffic, routes));
        return new CandidatePlan(name, rank, score.value(), score, boundary, data, traffic,
                Checklist.of(analysis.input().path(), planFile, name, boundary, data, traffic, routes.routable()),
                List.copyOf(risks));
    }

    /**
     * The source roots of the analysis ({@code input.sourceRoots}) holding the
     * candidate's types' files.
     */
    private List<String> sourceFolders(AnalysisDocument.Service candidate) {
        SortedSet<String> folders = new TreeSet<>();
        for (String name : candidate.types()) {
            AnalysisDocument.TypeInfo type = types.get(name);
            if (type != null) {
                sourceFolder(type.file(), analysis.input().sourceRoots()).ifPresent(folders::add);
            }
        }
        return List.copyOf(folders);
    }

    /** The longest of the source roots a file is in. */
    static Optional<String> sourceFolder(String file, List<String> sourceRoots) {
        return sourceRoots.stream()
            .filter(root -> root.isEmpty() || file.startsWith(root + "/"))
            .max(Comparator.comparingInt(String::length));
    }

    /**
     * The types JPA maps to tables: objects handed around, never beans to call over HTTP.
     */
    private Set<String> entityTypes() {
        return entityTables.values()
            .stream()
            .map(TableSpec::entity)
            .filter(entity -> !entity.isEmpty())
            .collect(Collectors.toSet());
    }

    private List<String> sharedKernelTypesUsedBy(AnalysisDocument.Service candidate) {
        SortedSet<String> used = new TreeSet<>();
        for (AnalysisDocument.DependencyInfo dependency : analysis.dependencies()) {
            if (candidate.types().contains(dependency.source())
                    && analysis.sharedKernel().types().contains(dependency.target())) {
                used.add(dependency.target());
            }
        }
        return List.copyOf(used);
    }

    private DataMove dataMove(AnalysisDocument.Service candidate) {
        List<String> owned = candidate.tables()
            .stream()
            .filter(table -> tableOwners.ownerOf(table).map(candidate.name()::equals).orElse(true))
            .toList();
        List<DataMove.Table> tables = owned.stream()
            .map(table -> entityTables.getOrDefault(table, new TableSpec(table, "", List.of())))
            .map(MigrationPlanner::table)
            .toList();
        List<DataMove.ForeignAccess> foreign = analysis.tableAccesses()
            .stream()
            .filter(access -> owned.contains(access.table()))
            .filter(access -> !ownership.ownerOf(access.type()).equals(candidate.name()))
            .map(access -> new DataMove.ForeignAccess(access.table(), access.type(), ownership.ownerOf(access.type()),
                    access.via(), access.location()))
            .sorted(Comparator.comparing(DataMove.ForeignAccess::table)
                .thenComparing(DataMove.ForeignAccess::location)
                .thenComparing(DataMove.ForeignAccess::type))
            .distinct()
            .toList();
        return new DataMove(tables, foreign);
    }

    private static DataMove.Table table(TableSpec spec) {
        return new DataMove.Table(spec.name(), spec.entity(),
                spec.columns()
                    .stream()
                    .map(column -> new DataMove.Column(column.name(), column.sqlType(), column.primaryKey(),
                            column.generated(), column.nullable(), column.unique()))
                    .toList(),
                spec.store());
    }

    /**
     * Every table with the owners (candidates or the shared kernel) of the code touching
     * it.
     */
    private SortedMap<String, SortedSet<String>> ownersByTable() {
        SortedMap<String, SortedSet<String>> owners = new TreeMap<>();
        for (AnalysisDocument.Service service : analysis.services()) {
            service.tables().forEach(table -> owners.computeIfAbsent(table, t -> new TreeSet<>()).add(service.name()));
        }
        for (AnalysisDocument.TableAccessInfo access : analysis.tableAccesses()) {
            owners.computeIfAbsent(access.table(), t -> new TreeSet<>()).add(ownership.ownerOf(access.type()));
        }
        return owners;
    }

}
