package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Finds the shared kernel before the real clustering: a first clustering of all types
 * shows where each type is used from; value and utility types used from many clusters are
 * then set aside.
 * <p>
 * A {@link TypeUnits unit} is in the kernel when (1) its dependents lie in at least
 * {@link #MIN_CLUSTERS_DEFAULT} clusters of the first clustering, or its subtypes in at
 * least {@link #MIN_EXTENDING_CLUSTERS_DEFAULT} (a base entity), (2) it declares no entry
 * point and touches no table, (3) it is not instantiated from exactly one cluster (that
 * cluster owns it, e.g. an event it publishes) and (4) it depends on no analysed type
 * outside the kernel but the platform's plumbing, which every service has its own copy of
 * (a helper may read the application's configuration). Before (4) is applied, a kernel
 * unit's own helpers join it: units it depends on, transitively, that meet (2) and (3)
 * and that no type with an entry point or a table uses directly.
 */
final class SharedKernelDetector {

    /**
     * Dependents must spread over at least this many clusters of the first clustering.
     */
    static final int MIN_CLUSTERS_DEFAULT = 3;

    /**
     * A supertype extended from at least this many clusters is a base type every service
     * needs (a base entity).
     */
    static final int MIN_EXTENDING_CLUSTERS_DEFAULT = 2;

    static final String REASON = "Value and utility types used from at least " + MIN_CLUSTERS_DEFAULT
            + " parts of the code (base types extended from " + MIN_EXTENDING_CLUSTERS_DEFAULT + ") that declare no"
            + " entry point, touch no table, are not created by a single part and depend only on each other (and the"
            + " platform), with the helpers only they use: every service can share them as a library.";

    private final CodeGraph code;

    private final Map<String, List<EntryPoint>> entryPoints;

    private final Map<String, SortedSet<String>> tables;

    private final TypeUnits units;

    private final long seed;

    private final Set<String> plumbing;

    SharedKernelDetector(CodeGraph code, TypeUnits units, Set<String> plumbing, long seed) {
        this.code = code;
        // the graph groups them anew on each call: once here
        this.entryPoints = code.entryPointsByType();
        this.tables = code.tablesByType();
        this.units = units;
        this.plumbing = Set.copyOf(plumbing);
        this.seed = seed;
    }

    SharedKernel detect() {
        Graph<String, DefaultWeightedEdge> all = ClassGraphs.undirected(code, code.types().keySet(), units::unitOf);
        List<Set<String>> clusters = ServiceClustering.bestOf(all, LouvainClustering.RESOLUTION_DEFAULT, seed);
        Map<String, Integer> clusterOfUnit = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String unit : clusters.get(k)) {
                clusterOfUnit.put(unit, k);
            }
        }
        Set<String> candidates = new HashSet<>();
        units.all().forEach((unit, members) -> {
            boolean usedWidely = dependentClusters(unit, clusterOfUnit, EdgeKind.CALL).size() >= MIN_CLUSTERS_DEFAULT;
            boolean extendedWidely = dependentClusters(unit, clusterOfUnit, EdgeKind.INHERITANCE)
                .size() >= MIN_EXTENDING_CLUSTERS_DEFAULT;
            if ((usedWidely || extendedWidely) && ownedByNoCluster(unit, clusterOfUnit)) {
                candidates.add(unit);
            }
        });
        Set<String> closure = closeOverOwnDependencies(candidates, clusterOfUnit);
        candidates.addAll(closure);
        keepOnlyThoseDependingOnEachOther(candidates);
        dropUnused(candidates, closure);
        Set<String> types = new TreeSet<>();
        candidates.forEach(unit -> types.addAll(units.members(unit)));
        return new SharedKernel(new TreeSet<>(types), REASON);
    }

    /**
     * The clusters of the unit's dependents; {@code CALL} stands for any dependency,
     * {@code INSTANTIATION} and {@code INHERITANCE} for creators and subtypes only.
     */
    private Set<Integer> dependentClusters(String unit, Map<String, Integer> clusterOfUnit, EdgeKind kind) {
        Set<Integer> result = new HashSet<>();
        for (String type : units.members(unit)) {
            for (Dependency dependency : code.graph().incomingEdgesOf(type)) {
                String sourceUnit = units.unitOf(dependency.source());
                if (!sourceUnit.equals(unit) && (kind == EdgeKind.CALL || dependency.count(kind) > 0)) {
                    result.add(clusterOfUnit.get(sourceUnit));
                }
            }
        }
        return result;
    }

    /**
     * Plain (no entry point, no table) and not created by a single cluster, which would
     * own it.
     */
    private boolean ownedByNoCluster(String unit, Map<String, Integer> clusterOfUnit) {
        return !answersRequestsOrKeepsData(unit)
                && dependentClusters(unit, clusterOfUnit, EdgeKind.INSTANTIATION).size() != 1;
    }

    /**
     * The plain units the candidates depend on, transitively, that no code answering
     * requests or keeping data uses directly: a widely used type's own helpers (a
     * response envelope's result-code enum and error-code interface) go with it, else the
     * envelope would be dropped for depending on a type few use. An entity a widely used
     * type refers to stays out: its repository or its controller uses it, so it is
     * theirs.
     */
    private Set<String> closeOverOwnDependencies(Set<String> candidates, Map<String, Integer> clusterOfUnit) {
        Set<String> kernel = new HashSet<>(candidates);
        Set<String> closure = new TreeSet<>();
        boolean grown = true;
        while (grown) {
            Set<String> next = new TreeSet<>();
            kernel.forEach(unit -> next.addAll(dependenciesOf(unit)));
            next.removeAll(kernel);
            next.removeIf(target -> !ownedByNoCluster(target, clusterOfUnit)
                    || dependentsOf(target).stream().anyMatch(this::answersRequestsOrKeepsData));
            grown = kernel.addAll(next);
            closure.addAll(next);
        }
        return closure;
    }

    private boolean answersRequestsOrKeepsData(String unit) {
        return units.members(unit).stream().anyMatch(type -> entryPoints.containsKey(type) || tables.containsKey(type));
    }

    /** The units other than its own that depend on a unit. */
    private Set<String> dependentsOf(String unit) {
        Set<String> result = new TreeSet<>();
        units.members(unit)
            .stream()
            .flatMap(type -> code.graph().incomingEdgesOf(type).stream())
            .map(Dependency::source)
            .map(units::unitOf)
            .filter(source -> !source.equals(unit))
            .forEach(result::add);
        return result;
    }

    /**
     * The units other than its own that a unit depends on, the platform's plumbing left
     * out.
     */
    private Set<String> dependenciesOf(String unit) {
        Set<String> result = new TreeSet<>();
        units.members(unit)
            .stream()
            .flatMap(type -> code.graph().outgoingEdgesOf(type).stream())
            .map(Dependency::target)
            .filter(target -> !plumbing.contains(target))
            .map(units::unitOf)
            .filter(target -> !target.equals(unit))
            .forEach(result::add);
        return result;
    }

    /**
     * Units that joined only as a kernel type's dependency leave when no kernel type
     * depends on them.
     */
    private void dropUnused(Set<String> kernel, Set<String> joinedAsDependency) {
        boolean changed = true;
        while (changed) {
            changed = kernel.removeIf(unit -> joinedAsDependency.contains(unit)
                    && kernel.stream().noneMatch(other -> !other.equals(unit) && dependenciesOf(other).contains(unit)));
        }
    }

    private void keepOnlyThoseDependingOnEachOther(Set<String> candidates) {
        boolean changed = true;
        while (changed) {
            changed = candidates.removeIf(unit -> !candidates.containsAll(dependenciesOf(unit)));
        }
    }

}
