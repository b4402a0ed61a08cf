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
 * Clusters the types outside the shared kernel into candidate services at a given
 * resolution, keeping each {@link TypeUnits unit} whole.
 * <p>
 * Units without any dependency on other clustered types would each become a service of
 * their own; instead they join the cluster holding most types of their package, and only
 * form a cluster of their own (per package) when their package has no clustered type.
 */
final class ServiceClustering {

    /**
     * Clusters smaller than this join the cluster they depend on most. On the development
     * set (reports/ analyzer-quality.md) 2 leaves 7ep-demo's two-type fragments alone
     * (MoJoFM 90.70), 3 joins them (93.02) and 4 also swallows JPetStore's three-type
     * cart (ARI 0.698 to 0.651); the sample is unaffected by all three.
     */
    static final int MIN_SERVICE_TYPES_DEFAULT = 3;

    /** Louvain runs per clustering; the one with the highest modularity wins. */
    static final int RESTARTS_DEFAULT = 8;

    private final CodeGraph code;

    private final TypeUnits units;

    private final Graph<String, DefaultWeightedEdge> unitGraph;

    private final Graph<String, DefaultWeightedEdge> typeGraph;

    private final long seed;

    private final PackagePrior prior;

    private final DeployableModules deployables;

    ServiceClustering(CodeGraph code, Set<String> types, TypeUnits units, DeployableModules deployables, long seed) {
        this.code = code;
        this.units = units;
        this.deployables = deployables;
        this.prior = new PackagePrior(code, PackagePrior.FACTOR_DEFAULT);
        this.unitGraph = ClassGraphs.undirected(code, types, units::unitOf, prior);
        this.typeGraph = ClassGraphs.undirected(code, types);
        // separate applications never share a candidate: no edge joins them (library
        // modules' types may go with either)
        List.copyOf(unitGraph.edgeSet())
            .stream()
            .filter(edge -> deployables
                .deployablesOf(Set.of(unitGraph.getEdgeSource(edge), unitGraph.getEdgeTarget(edge)))
                .size() > 1)
            .forEach(unitGraph::removeEdge);
        this.seed = seed;
    }

    /** The undirected weighted graph over the clustered types. */
    Graph<String, DefaultWeightedEdge> typeGraph() {
        return typeGraph;
    }

    /**
     * Clusters at resolution γ, sorted by their smallest type name; a cluster holding
     * several {@link AggregateSplit aggregates} is split into them.
     */
    List<SortedSet<String>> cluster(double resolution) {
        return cluster(resolution, true);
    }

    /**
     * Clusters at resolution γ without splitting aggregates apart: what steering toward a
     * number of services merges stays merged.
     */
    List<SortedSet<String>> clusterKeepingAggregates(double resolution) {
        return cluster(resolution, false);
    }

    private List<SortedSet<String>> cluster(double resolution, boolean splitAggregates) {
        List<SortedSet<String>> clusters = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Set<String> cluster : bestOf(unitGraph, resolution, seed)) {
            String only = cluster.iterator().next();
            if (cluster.size() == 1 && unitGraph.degreeOf(only) == 0) {
                loose.add(only);
            }
            else {
                SortedSet<String> types = new TreeSet<>();
                cluster.forEach(unit -> types.addAll(units.members(unit)));
                clusters.add(types);
            }
        }
        List<SortedSet<String>> apart = deployables.cutApart(clusters, this::weightBetween);
        attachLoose(apart, loose);
        List<SortedSet<String>> split = splitAggregates ? new AggregateSplit(unitGraph, units,
                code.entryPointsByType()::containsKey, code.tablesByType(), this::coupling, seed)
            .split(apart) : apart;
        List<SortedSet<String>> merged = absorbSmall(mergeSameFeature(split));
        merged.sort(Comparator.comparing(SortedSet::first));
        return merged;
    }

    /**
     * The Louvain clustering with the highest modularity at resolution γ among
     * {@link #RESTARTS_DEFAULT} runs with different visiting orders: a single run can end
     * in a poorer local optimum.
     */
    static List<Set<String>> bestOf(Graph<String, DefaultWeightedEdge> graph, double resolution, long seed) {
        Random random = new Random(seed);
        List<Long> seeds = new ArrayList<>();
        for (int run = 0; run < RESTARTS_DEFAULT; run++) {
            seeds.add(random.nextLong());
        }
        Modularity<String, DefaultWeightedEdge> modularity = new Modularity<>(graph, resolution);
        // the runs only read the graph: they go in parallel, and the first best in run
        // order wins as before
        List<List<Set<String>>> runs = ParallelWork.map(seeds,
                runSeed -> new LouvainClustering<>(graph, resolution, new Random(runSeed)).getClustering()
                    .getClusters(),
                "clustering", Progress.NONE);
        // modularity is finite, so the first run is always better than nothing
        List<Set<String>> best = runs.get(0);
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

    /**
     * Total weight of the dependencies between two sets of types, either way; none
     * between two deployables.
     */
    double coupling(Set<String> a, Set<String> b) {
        Set<String> applications = deployables.deployablesOf(a);
        applications.addAll(deployables.deployablesOf(b));
        return applications.size() > 1 ? 0 : weightBetween(a, b);
    }

    private double weightBetween(Set<String> a, Set<String> b) {
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

    /**
     * Clusters most of whose types lie in one feature package are one service: the team
     * already grouped that code, and the clustering split it only for lack of
     * dependencies inside it. A type of such a feature that the clustering put elsewhere
     * returns to it.
     */
    private List<SortedSet<String>> mergeSameFeature(List<SortedSet<String>> clusters) {
        Map<String, SortedSet<String>> byFeature = new TreeMap<>();
        List<SortedSet<String>> result = new ArrayList<>();
        for (SortedSet<String> cluster : clusters) {
            Map<String, Integer> counts = new TreeMap<>();
            cluster.forEach(type -> featureOf(type).ifPresent(feature -> counts.merge(feature, 1, Integer::sum)));
            String dominant = counts.entrySet()
                .stream()
                .filter(entry -> 2 * entry.getValue() > cluster.size())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
            if (dominant == null) {
                result.add(new TreeSet<>(cluster));
            }
            else if (byFeature.containsKey(dominant)) {
                byFeature.get(dominant).addAll(cluster);
            }
            else {
                SortedSet<String> copy = new TreeSet<>(cluster);
                byFeature.put(dominant, copy);
                result.add(copy);
            }
        }
        // a type of a feature sitting in a cluster some other feature (or none) dominates
        // returns to its own
        for (SortedSet<String> cluster : result) {
            String own = byFeature.entrySet()
                .stream()
                .filter(e -> e.getValue() == cluster)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
            List<String> leaving = cluster.stream()
                .filter(type -> featureOf(type)
                    .filter(feature -> !feature.equals(own) && byFeature.containsKey(feature))
                    .isPresent())
                .toList();
            leaving.forEach(type -> featureOf(type).map(byFeature::get).ifPresent(feature -> feature.add(type)));
            leaving.forEach(cluster::remove);
        }
        result.removeIf(SortedSet::isEmpty);
        return result;
    }

    /** A type's feature package, within its deployable. */
    private java.util.Optional<String> featureOf(String type) {
        return prior.featureOf(code.types().get(type)).map(feature -> deployables.partitionOf(type) + ":" + feature);
    }

    /**
     * A cluster of fewer than {@link #MIN_SERVICE_TYPES_DEFAULT} types is not a service
     * by itself: it joins the cluster it depends on most, either way (smallest first);
     * one without any dependency stays alone.
     */
    private List<SortedSet<String>> absorbSmall(List<SortedSet<String>> clusters) {
        List<SortedSet<String>> result = new ArrayList<>(clusters);
        int minimum = MIN_SERVICE_TYPES_DEFAULT;
        boolean merged = true;
        while (merged) {
            merged = false;
            List<SortedSet<String>> bySize = new ArrayList<>(result);
            bySize.sort(Comparator.<SortedSet<String>>comparingInt(SortedSet::size).thenComparing(SortedSet::first));
            for (SortedSet<String> small : bySize) {
                if (small.size() >= minimum) {
                    break;
                }
                SortedSet<String> partner = null;
                double best = 0;
                for (SortedSet<String> other : result) {
                    double coupling = other == small ? 0 : coupling(small, other);
                    if (coupling > best) {
                        best = coupling;
                        partner = other;
                    }
                }
                if (partner != null) {
                    partner.addAll(small);
                    result.remove(small);
                    merged = true;
                    break;
                }
            }
        }
        return result;
    }

    private void attachLoose(List<SortedSet<String>> clusters, List<String> looseUnits) {
        Map<String, Map<Integer, Integer>> clustersByPackage = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clustersByPackage.computeIfAbsent(placeOf(type), p -> new TreeMap<>()).merge(k, 1, Integer::sum);
            }
        }
        Map<String, SortedSet<String>> byOwnPackage = new TreeMap<>();
        for (String unit : looseUnits) {
            Map<Integer, Integer> counts = clustersByPackage.get(placeOf(unit));
            if (counts == null) {
                byOwnPackage.computeIfAbsent(placeOf(unit), p -> new TreeSet<>()).addAll(units.members(unit));
            }
            else {
                int best = counts.entrySet()
                    .stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow()
                    .getKey();
                clusters.get(best).addAll(units.members(unit));
            }
        }
        clusters.addAll(byOwnPackage.values());
    }

    /** A type's package within its deployable. */
    private String placeOf(String type) {
        TypeNode node = code.types().get(type);
        return deployables.partitionOf(type) + ":" + (node == null ? "" : node.packageName());
    }

}
