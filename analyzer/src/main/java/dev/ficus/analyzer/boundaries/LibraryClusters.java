package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tells libraries from services among the clusters: a cluster that declares no entry
 * point, touches no table, uses no other cluster's types and is not called from the
 * plumbing's entry points (an application's {@code main}, a scheduled task) does no
 * business work of its own; it is code other parts call (an HTTP-adapter toolkit, a
 * calculator nothing reaches). Used by exactly one cluster (of its own deployable) it is
 * that cluster's own code; used by several, or by none, it is not a candidate service but
 * goes to the platform.
 */
final class LibraryClusters {

    static final String REASON = " Clusters without entry points or tables that use no other part of the code"
            + " (libraries several parts call, or code nothing reaches) go there too, and so do data access no code"
            + " outside it uses and generic helpers (*Util, *Helper) that two or more candidates use.";

    private final CodeGraph code;

    private final ServiceClustering clustering;

    LibraryClusters(CodeGraph code, ServiceClustering clustering) {
        this.code = code;
        this.clustering = clustering;
    }

    /**
     * Takes the library clusters out of {@code clusters}: the ones with a single user are
     * merged into it, the others' types are returned.
     */
    Set<String> moveOut(List<SortedSet<String>> clusters) {
        if (clusters.stream().flatMap(Set::stream).noneMatch(this::declaresWork)) {
            // No type declares an entry point or touches a table (a library or a tool's
            // code): nothing tells a service from a library, so every cluster stays.
            return new TreeSet<>();
        }
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clusterOf.put(type, k);
            }
        }
        Set<String> result = new TreeSet<>();
        List<SortedSet<String>> emptied = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            SortedSet<String> cluster = clusters.get(k);
            if (cluster.isEmpty() || !(isLibrary(cluster, clusterOf, k) || isUnreachedData(cluster))) {
                continue;
            }
            Set<Integer> users = users(cluster, clusters, clusterOf, k);
            if (users.size() == 1) {
                clusters.get(users.iterator().next()).addAll(cluster);
                cluster.forEach(type -> clusterOf.put(type, users.iterator().next()));
            }
            else {
                result.addAll(cluster);
                cluster.forEach(clusterOf::remove);
            }
            emptied.add(cluster);
        }
        emptied.forEach(SortedSet::clear);
        clusters.removeIf(SortedSet::isEmpty);
        return result;
    }

    private boolean declaresWork(String type) {
        return code.entryPointsByType().containsKey(type) || code.tablesByType().containsKey(type);
    }

    private boolean isLibrary(Set<String> cluster, Map<String, Integer> clusterOf, int index) {
        Map<String, ?> entryPoints = code.entryPointsByType();
        Map<String, ?> tables = code.tablesByType();
        return cluster.stream()
            .noneMatch(type -> entryPoints.containsKey(type) || tables.containsKey(type)
                    || code.graph()
                        .outgoingEdgesOf(type)
                        .stream()
                        .map(Dependency::target)
                        .anyMatch(target -> clusterOf.containsKey(target) && clusterOf.get(target) != index)
                    || code.graph()
                        .incomingEdgesOf(type)
                        .stream()
                        .filter(dependency -> dependency.count(EdgeKind.CALL) > 0)
                        .map(Dependency::source)
                        .anyMatch(source -> !clusterOf.containsKey(source) && entryPoints.containsKey(source)));
    }

    /**
     * A cluster of tables' types (entities, mappers, criteria classes) that declares no
     * entry point and that no code outside it uses: data access nothing reaches, such as
     * generated mappers of tables the application never touches.
     */
    private boolean isUnreachedData(Set<String> cluster) {
        return cluster.stream().anyMatch(code.tablesByType()::containsKey)
                && cluster.stream().noneMatch(code.entryPointsByType()::containsKey)
                && cluster.stream()
                    .flatMap(type -> code.graph().incomingEdgesOf(type).stream())
                    .filter(dependency -> !cluster.contains(dependency.source()))
                    .allMatch(dependency -> dependency.counts().keySet().equals(Set.of(EdgeKind.SHARED_TABLE)));
    }

    /** The other clusters depending on this one, within its deployable. */
    private Set<Integer> users(Set<String> cluster, List<SortedSet<String>> clusters, Map<String, Integer> clusterOf,
            int index) {
        Set<Integer> result = new TreeSet<>();
        for (String type : cluster) {
            for (Dependency dependency : code.graph().incomingEdgesOf(type)) {
                Integer user = clusterOf.get(dependency.source());
                if (user != null && user != index && clustering.coupling(cluster, clusters.get(user)) > 0) {
                    result.add(user);
                }
            }
        }
        return result;
    }

}
