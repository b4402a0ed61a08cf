package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EntryPoint;
import dev.ficus.analyzer.graph.TableAccess;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.source.ParsedSources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns an analysis and the code graph it came from into a {@link MigrationPlan}: candidates ranked by
 * {@link ExtractionScore}, each with its boundary, data, traffic, checklist and risks. Deterministic: the same
 * inputs give the same plan.
 */
public final class MigrationPlanner {

    private final Analysis analysis;
    private final CodeGraph graph;
    private final Ownership ownership;
    private final CallSites callSites;
    private final SortedMap<String, TableSpec> entityTables;
    private final CrossingCalls crossing;
    private final CandidateCycles cycles;
    private final SortedMap<String, SortedSet<String>> ownersByTable;
    private final TableOwners tableOwners;

    private MigrationPlanner(Analysis analysis, CodeGraph graph, ParsedSources sources) {
        this.analysis = analysis;
        this.graph = graph;
        this.ownership = new Ownership(analysis);
        SourceIndex index = new SourceIndex(sources);
        this.callSites = new CallSites(index);
        this.entityTables = EntityTables.read(index);
        this.crossing = new CrossingCalls(graph, ownership, callSites);
        this.cycles = new CandidateCycles(analysis.services().stream().map(CandidateService::name).toList(),
                crossing.candidateCalls());
        this.ownersByTable = ownersByTable();
        this.tableOwners = new TableOwners(analysis, graph.tableAccesses(), ownership);
    }

    /**
     * Plans the extraction of every candidate of the analysis, using the graph and sources for call sites and DDL.
     *
     * @throws InvalidInputException when the analysis names types of which none is in the graph: it was made for
     *         other code
     */
    public static MigrationPlan plan(Analysis analysis, CodeGraph graph, ParsedSources sources) {
        List<String> types = analysis.services().stream().flatMap(service -> service.types().stream()).toList();
        if (!types.isEmpty() && types.stream().noneMatch(graph.types()::containsKey)) {
            throw new InvalidInputException("the analysis of " + analysis.path() + " names none of the types under "
                    + sources.root() + ": re-run ./ficus analyze on this path");
        }
        return new MigrationPlanner(analysis, graph, sources).plan();
    }

    private MigrationPlan plan() {
        record Scored(CandidateService candidate, ExtractionFacts facts, ExtractionScore score) {
        }
        List<Scored> scored = analysis.services().stream()
                .map(candidate -> {
                    ExtractionFacts facts = facts(candidate);
                    return new Scored(candidate, facts, facts.score());
                })
                .sorted(Comparator.comparing((Scored s) -> !s.facts().capability())
                        .thenComparingDouble(s -> -s.score().value())
                        .thenComparing(s -> s.candidate().name()))
                .toList();
        List<CandidatePlan> candidates = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            candidates.add(candidatePlan(s.candidate(), i + 1, s.facts(), s.score()));
        }
        return new MigrationPlan(MigrationPlan.SCHEMA_VERSION, analysis.path(), candidates);
    }

    private ExtractionFacts facts(CandidateService candidate) {
        String name = candidate.name();
        SortedSet<String> sharedTables = new TreeSet<>();
        ownersByTable.forEach((table, owners) -> {
            if (owners.contains(name) && owners.size() > 1) {
                sharedTables.add(table);
            }
        });
        int loc = candidate.types().stream().map(graph.types()::get).filter(node -> node != null)
                .mapToInt(TypeNode::loc).sum();
        int incoming = crossing.callSitesInto(name);
        boolean capability = incoming > 0 || !candidate.tables().isEmpty() || candidate.entryPoints().stream()
                .anyMatch(entryPoint -> entryPoint.kind() != EntryPoint.Kind.MAIN);
        return new ExtractionFacts(incoming, crossing.callSitesOutOf(name), sharedTables, cycles.partnersOf(name),
                candidate.entryPoints().size(), loc, capability);
    }

    private CandidatePlan candidatePlan(CandidateService candidate, int rank, ExtractionFacts facts,
            ExtractionScore score) {
        String name = candidate.name();
        List<CrossingCall> incoming = crossing.into(name);
        RemoteApiProposal api = new RemoteApiProposal(name, incoming, callSites);
        List<String> entryPoints = candidate.entryPoints().stream().map(entryPoint -> entryPoint.kind().name()
                .toLowerCase(Locale.ROOT) + " " + entryPoint.detail() + " (" + Names.simpleName(entryPoint.type())
                + ")").sorted().toList();
        Boundary boundary = new Boundary(List.copyOf(candidate.types()), entryPoints,
                sharedKernelTypesUsedBy(candidate), incoming, crossing.outOf(name), api.remoteApi(),
                api.eventCandidates());
        DataMove data = dataMove(candidate);
        Traffic traffic = TrafficProposal.of(candidate, rank);
        return new CandidatePlan(name, rank, score.value(), score, boundary, data, traffic,
                Checklist.of(analysis.path(), name, boundary, data, traffic),
                Risks.of(name, facts, boundary.movingTypes(), graph, ownersByTable));
    }

    private List<String> sharedKernelTypesUsedBy(CandidateService candidate) {
        SortedSet<String> used = new TreeSet<>();
        for (String type : candidate.types()) {
            if (graph.graph().containsVertex(type)) {
                for (Dependency dependency : graph.graph().outgoingEdgesOf(type)) {
                    if (analysis.sharedKernel().types().contains(dependency.target())) {
                        used.add(dependency.target());
                    }
                }
            }
        }
        return List.copyOf(used);
    }

    private DataMove dataMove(CandidateService candidate) {
        List<String> owned = candidate.tables().stream()
                .filter(table -> tableOwners.ownerOf(table).map(candidate.name()::equals).orElse(true))
                .toList();
        List<TableSpec> tables = owned.stream()
                .map(table -> entityTables.getOrDefault(table, new TableSpec(table, "", List.of())))
                .toList();
        List<DataMove.ForeignAccess> foreign = graph.tableAccesses().stream()
                .filter(access -> owned.contains(access.table()))
                .filter(access -> !ownership.ownerOf(access.type()).equals(candidate.name()))
                .map(access -> new DataMove.ForeignAccess(access.table(), access.type(),
                        ownership.ownerOf(access.type()), access.via(), String.valueOf(access.location())))
                .sorted(Comparator.comparing(DataMove.ForeignAccess::table)
                        .thenComparing(DataMove.ForeignAccess::location)
                        .thenComparing(DataMove.ForeignAccess::type))
                .distinct()
                .toList();
        return new DataMove(tables, foreign);
    }

    /** Every table with the owners (candidates or the shared kernel) of the code touching it. */
    private SortedMap<String, SortedSet<String>> ownersByTable() {
        SortedMap<String, SortedSet<String>> owners = new TreeMap<>();
        for (CandidateService service : analysis.services()) {
            service.tables().forEach(table -> owners.computeIfAbsent(table, t -> new TreeSet<>()).add(service.name()));
        }
        for (TableAccess access : graph.tableAccesses()) {
            owners.computeIfAbsent(access.table(), t -> new TreeSet<>()).add(ownership.ownerOf(access.type()));
        }
        return owners;
    }

}
