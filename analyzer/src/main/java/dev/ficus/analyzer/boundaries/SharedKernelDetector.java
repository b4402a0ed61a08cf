package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * (a helper may read the application's configuration).
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
            + " platform): every service can share them as a library.";

    private final CodeGraph code;

    private final TypeUnits units;

    private final long seed;

    private final Set<String> plumbing;

    SharedKernelDetector(CodeGraph code, TypeUnits units, Set<String> plumbing, long seed) {
        this.code = code;
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
        Map<String, ?> entryPoints = code.entryPointsByType();
        Map<String, ?> tables = code.tablesByType();
        units.all().forEach((unit, members) -> {
            boolean plain = members.stream().noneMatch(t -> entryPoints.containsKey(t) || tables.containsKey(t));
            boolean usedWidely = dependentClusters(unit, clusterOfUnit, EdgeKind.CALL).size() >= MIN_CLUSTERS_DEFAULT;
            boolean extendedWidely = dependentClusters(unit, clusterOfUnit, EdgeKind.INHERITANCE)
                .size() >= MIN_EXTENDING_CLUSTERS_DEFAULT;
            if (plain && (usedWidely || extendedWidely)
                    && dependentClusters(unit, clusterOfUnit, EdgeKind.INSTANTIATION).size() != 1) {
                candidates.add(unit);
            }
        });
        keepOnlyThoseDependingOnEachOther(candidates);
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

    private void keepOnlyThoseDependingOnEachOther(Set<String> candidates) {
        boolean changed = true;
        while (changed) {
            changed = candidates.removeIf(unit -> units.members(unit)
                .stream()
                .flatMap(type -> code.graph().outgoingEdgesOf(type).stream())
                .map(Dependency::target)
                .filter(target -> !plumbing.contains(target))
                .map(units::unitOf)
                .anyMatch(target -> !target.equals(unit) && !candidates.contains(target)));
        }
    }

}
