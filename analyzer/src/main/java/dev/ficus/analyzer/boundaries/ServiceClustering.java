package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Clusters the types outside the shared kernel into candidate services at a given resolution.
 * <p>
 * Types without any dependency on other clustered types would each become a service of one; instead they join
 * the cluster holding most types of their package, and only form a cluster of their own (per package) when
 * their package has no clustered type.
 */
final class ServiceClustering {

    private final CodeGraph code;
    private final Graph<String, DefaultWeightedEdge> graph;
    private final long seed;

    ServiceClustering(CodeGraph code, Set<String> types, long seed) {
        this.code = code;
        this.graph = ClassGraphs.undirected(code, types);
        this.seed = seed;
    }

    Graph<String, DefaultWeightedEdge> graph() {
        return graph;
    }

    /** Clusters at resolution γ, sorted by their smallest type name. */
    List<SortedSet<String>> cluster(double resolution) {
        List<SortedSet<String>> clusters = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Set<String> cluster : new LouvainClustering<>(graph, resolution, new Random(seed)).getClustering()) {
            String only = cluster.iterator().next();
            if (cluster.size() == 1 && graph.degreeOf(only) == 0) {
                loose.add(only);
            } else {
                clusters.add(new TreeSet<>(cluster));
            }
        }
        attachLoose(clusters, loose);
        clusters.sort(Comparator.comparing(SortedSet::first));
        return clusters;
    }

    private void attachLoose(List<SortedSet<String>> clusters, List<String> loose) {
        Map<String, Map<Integer, Integer>> clustersByPackage = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clustersByPackage.computeIfAbsent(packageOf(type), p -> new TreeMap<>()).merge(k, 1, Integer::sum);
            }
        }
        Map<String, SortedSet<String>> byOwnPackage = new TreeMap<>();
        for (String type : loose) {
            Map<Integer, Integer> counts = clustersByPackage.get(packageOf(type));
            if (counts == null) {
                byOwnPackage.computeIfAbsent(packageOf(type), p -> new TreeSet<>()).add(type);
            } else {
                int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
                clusters.get(best).add(type);
            }
        }
        clusters.addAll(byOwnPackage.values());
    }

    private String packageOf(String type) {
        TypeNode node = code.types().get(type);
        return node == null ? "" : node.packageName();
    }
}
