package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.boundaries.metrics.Modularity;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.analyzer.work.Progress;
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
 * Clusters the types outside the shared kernel into candidate services at a given resolution, keeping each
 * {@link TypeUnits unit} whole.
 * <p>
 * Units without any dependency on other clustered types would each become a service of their own; instead they
 * join the cluster holding most types of their package, and only form a cluster of their own (per package) when
 * their package has no clustered type.
 */
final class ServiceClustering {

    /** Louvain runs per clustering; the one with the highest modularity wins. */
    static final int RESTARTS_DEFAULT = 8;

    private final CodeGraph code;
    private final TypeUnits units;
    private final Graph<String, DefaultWeightedEdge> unitGraph;
    private final Graph<String, DefaultWeightedEdge> typeGraph;
    private final long seed;

    ServiceClustering(CodeGraph code, Set<String> types, TypeUnits units, long seed) {
        this.code = code;
        this.units = units;
        this.unitGraph = ClassGraphs.undirected(code, types, units::unitOf);
        this.typeGraph = ClassGraphs.undirected(code, types);
        this.seed = seed;
    }

    /** The undirected weighted graph over the clustered types. */
    Graph<String, DefaultWeightedEdge> typeGraph() {
        return typeGraph;
    }

    /** Clusters at resolution γ, sorted by their smallest type name. */
    List<SortedSet<String>> cluster(double resolution) {
        List<SortedSet<String>> clusters = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Set<String> cluster : bestOf(unitGraph, resolution, seed)) {
            String only = cluster.iterator().next();
            if (cluster.size() == 1 && unitGraph.degreeOf(only) == 0) {
                loose.add(only);
            } else {
                SortedSet<String> types = new TreeSet<>();
                cluster.forEach(unit -> types.addAll(units.members(unit)));
                clusters.add(types);
            }
        }
        attachLoose(clusters, loose);
        clusters.sort(Comparator.comparing(SortedSet::first));
        return clusters;
    }

    /**
     * The Louvain clustering with the highest modularity at resolution γ among {@link #RESTARTS_DEFAULT} runs
     * with different visiting orders: a single run can end in a poorer local optimum.
     */
    static List<Set<String>> bestOf(Graph<String, DefaultWeightedEdge> graph, double resolution, long seed) {
        Random random = new Random(seed);
        List<Long> seeds = new ArrayList<>();
        for (int run = 0; run < RESTARTS_DEFAULT; run++) {
            seeds.add(random.nextLong());
        }
        Modularity<String, DefaultWeightedEdge> modularity = new Modularity<>(graph, resolution);
        // the runs only read the graph: they go in parallel, and the first best in run order wins as before
        List<List<Set<String>>> runs = ParallelWork.map(seeds, runSeed -> new LouvainClustering<>(graph, resolution,
                new Random(runSeed)).getClustering().getClusters(), "clustering", Progress.NONE);
        List<Set<String>> best = null;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (List<Set<String>> clusters : runs) {
            double q = modularity.modularity(clusters);
            if (q > bestQ + 1e-12) {
                best = clusters;
                bestQ = q;
            }
        }
        return best;
    }

    /** Total weight of the dependencies between two sets of types, either way. */
    double coupling(Set<String> a, Set<String> b) {
        double sum = 0;
        for (String type : a) {
            for (DefaultWeightedEdge edge : typeGraph.edgesOf(type)) {
                String source = typeGraph.getEdgeSource(edge);
                if (b.contains(source.equals(type) ? typeGraph.getEdgeTarget(edge) : source)) {
                    sum += typeGraph.getEdgeWeight(edge);
                }
            }
        }
        return sum;
    }

    private void attachLoose(List<SortedSet<String>> clusters, List<String> looseUnits) {
        Map<String, Map<Integer, Integer>> clustersByPackage = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clustersByPackage.computeIfAbsent(packageOf(type), p -> new TreeMap<>()).merge(k, 1, Integer::sum);
            }
        }
        Map<String, SortedSet<String>> byOwnPackage = new TreeMap<>();
        for (String unit : looseUnits) {
            Map<Integer, Integer> counts = clustersByPackage.get(packageOf(unit));
            if (counts == null) {
                byOwnPackage.computeIfAbsent(packageOf(unit), p -> new TreeSet<>()).addAll(units.members(unit));
            } else {
                int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
                clusters.get(best).addAll(units.members(unit));
            }
        }
        clusters.addAll(byOwnPackage.values());
    }

    private String packageOf(String type) {
        TypeNode node = code.types().get(type);
        return node == null ? "" : node.packageName();
    }
}
