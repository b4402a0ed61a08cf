package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Finds the shared kernel before the real clustering: a first clustering of all types shows where each type
 * is used from; value and utility types used from many clusters are then set aside.
 * <p>
 * A type is in the kernel when (1) its dependents lie in at least {@link #MIN_CLUSTERS_DEFAULT} clusters of the
 * first clustering, (2) it declares no entry point and touches no table, (3) it is not instantiated from exactly
 * one cluster (that cluster owns it, e.g. an event it publishes) and (4) it depends on no analysed type outside
 * the kernel.
 */
final class SharedKernelDetector {

    /** Dependents must spread over at least this many clusters of the first clustering. */
    static final int MIN_CLUSTERS_DEFAULT = 3;

    static final String REASON = "Value and utility types used from at least " + MIN_CLUSTERS_DEFAULT
            + " parts of the code that declare no entry point, touch no table, are not created by a single part"
            + " and depend only on each other: every service can share them as a library.";

    private final CodeGraph code;
    private final long seed;

    SharedKernelDetector(CodeGraph code, long seed) {
        this.code = code;
        this.seed = seed;
    }

    SharedKernel detect() {
        Graph<String, DefaultWeightedEdge> all = ClassGraphs.undirected(code, code.types().keySet());
        List<Set<String>> clusters = new LouvainClustering<>(all, LouvainClustering.RESOLUTION_DEFAULT,
                new Random(seed)).getClustering().getClusters();
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clusterOf.put(type, k);
            }
        }
        Set<String> candidates = new HashSet<>();
        Map<String, ?> entryPoints = code.entryPointsByType();
        Map<String, ?> tables = code.tablesByType();
        for (String type : code.types().keySet()) {
            if (!entryPoints.containsKey(type) && !tables.containsKey(type)
                    && dependentClusters(type, clusterOf, false).size() >= MIN_CLUSTERS_DEFAULT
                    && dependentClusters(type, clusterOf, true).size() != 1) {
                candidates.add(type);
            }
        }
        keepOnlyThoseDependingOnEachOther(candidates);
        return new SharedKernel(new TreeSet<>(candidates), REASON);
    }

    private Set<Integer> dependentClusters(String type, Map<String, Integer> clusterOf, boolean creatorsOnly) {
        Set<Integer> result = new HashSet<>();
        for (Dependency dependency : code.graph().incomingEdgesOf(type)) {
            if (!creatorsOnly || dependency.count(EdgeKind.INSTANTIATION) > 0) {
                result.add(clusterOf.get(dependency.source()));
            }
        }
        return result;
    }

    private void keepOnlyThoseDependingOnEachOther(Set<String> candidates) {
        boolean changed = true;
        while (changed) {
            changed = candidates.removeIf(type -> code.graph().outgoingEdgesOf(type).stream()
                    .anyMatch(dependency -> !candidates.contains(dependency.target())));
        }
    }
}
