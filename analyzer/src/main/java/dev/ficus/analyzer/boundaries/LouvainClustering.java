package dev.ficus.analyzer.boundaries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Louvain community detection with a resolution parameter, followed by a connectivity refinement.
 * <p>
 * Blondel, Guillaume, Lambiotte, Lefebvre: "Fast unfolding of communities in large networks", J. Stat. Mech.
 * (2008). Each pass moves single vertices to the neighbouring community with the largest gain of
 * {@code Q_γ = Σ_c [ L_c/m − γ (d_c/2m)² ]}, then contracts communities to vertices, until nothing moves.
 * Like Leiden (Traag, Waltman, van Eck, Sci. Rep. 2019) the result is then refined so that every community
 * is connected: a community that fell apart into pieces is split into its connected components.
 * <p>
 * The graph is read as undirected: the weights of {@code u→v} and {@code v→u} add up; self-loops are ignored.
 * Vertices are visited in an order shuffled by the given {@link Random}, so the same graph (with the same
 * vertex iteration order) and seed give the same clustering. Runs in about O(m) per pass and O(m log n) overall
 * on sparse graphs. JGraphT 1.5.3 has no Louvain or Leiden, hence this class.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class LouvainClustering<V, E> implements ClusteringAlgorithm<V> {

    /** The classic modularity: larger values give more, smaller communities. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    /** Seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /** Upper bound on local-moving sweeps per level, a guard against oscillation on ties. */
    public static final int MAX_SWEEPS_DEFAULT = 100;

    private static final double MIN_GAIN = 1e-12;

    private final Graph<V, E> graph;
    private final double resolution;
    private final Random random;
    private Clustering<V> result;

    public LouvainClustering(Graph<V, E> graph) {
        this(graph, RESOLUTION_DEFAULT, new Random(SEED_DEFAULT));
    }

    public LouvainClustering(Graph<V, E> graph, double resolution, Random random) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.random = Objects.requireNonNull(random, "random");
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, was " + resolution);
        }
        this.resolution = resolution;
        for (E edge : graph.edgeSet()) {
            double weight = graph.getEdgeWeight(edge);
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("edge weights must be >= 0, was " + weight);
            }
        }
    }

    @Override
    public Clustering<V> getClustering() {
        if (result == null) {
            result = new ClusteringImpl<>(Collections.unmodifiableList(compute()));
        }
        return result;
    }

    private List<Set<V>> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        Level level = Level.of(graph, index);
        int[] communityOfVertex = new int[vertices.size()];
        Arrays.setAll(communityOfVertex, i -> i);
        while (true) {
            int[] moved = level.localMoving(resolution, random);
            int count = Arrays.stream(moved).max().orElse(-1) + 1;
            for (int i = 0; i < communityOfVertex.length; i++) {
                communityOfVertex[i] = moved[communityOfVertex[i]];
            }
            if (count == level.size()) {
                break;
            }
            level = level.aggregate(moved, count);
        }
        return refine(vertices, index, communityOfVertex);
    }

    /** Splits every community into its connected components (inside the community) and orders the result. */
    private List<Set<V>> refine(List<V> vertices, Map<V, Integer> index, int[] communityOfVertex) {
        int[] component = new int[vertices.size()];
        Arrays.fill(component, -1);
        List<Set<V>> clusters = new ArrayList<>();
        for (int start = 0; start < vertices.size(); start++) {
            if (component[start] >= 0) {
                continue;
            }
            Set<V> cluster = new LinkedHashSet<>();
            List<Integer> stack = new ArrayList<>(List.of(start));
            component[start] = clusters.size();
            while (!stack.isEmpty()) {
                int current = stack.remove(stack.size() - 1);
                V vertex = vertices.get(current);
                cluster.add(vertex);
                for (E edge : graph.edgesOf(vertex)) {
                    int other = index.get(oppositeOf(edge, vertex));
                    if (component[other] < 0 && communityOfVertex[other] == communityOfVertex[current]) {
                        component[other] = clusters.size();
                        stack.add(other);
                    }
                }
            }
            clusters.add(Collections.unmodifiableSet(cluster));
        }
        return clusters;
    }

    private V oppositeOf(E edge, V vertex) {
        V source = graph.getEdgeSource(edge);
        return source.equals(vertex) ? graph.getEdgeTarget(edge) : source;
    }

    /** One level of the Louvain hierarchy: a weighted undirected graph over community indexes. */
    private static final class Level {

        private final int[][] neighbours;
        private final double[][] weights;
        private final double[] selfLoops;
        private final double[] degrees;
        private final double totalWeight;

        private Level(int[][] neighbours, double[][] weights, double[] selfLoops) {
            this.neighbours = neighbours;
            this.weights = weights;
            this.selfLoops = selfLoops;
            this.degrees = new double[neighbours.length];
            double twiceTotal = 0;
            for (int v = 0; v < neighbours.length; v++) {
                degrees[v] = 2 * selfLoops[v] + Arrays.stream(weights[v]).sum();
                twiceTotal += degrees[v];
            }
            this.totalWeight = twiceTotal / 2;
        }

        static <V, E> Level of(Graph<V, E> graph, Map<V, Integer> index) {
            List<Map<Integer, Double>> adjacency = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                adjacency.add(new HashMap<>());
            }
            for (E edge : graph.edgeSet()) {
                int source = index.get(graph.getEdgeSource(edge));
                int target = index.get(graph.getEdgeTarget(edge));
                double weight = graph.getEdgeWeight(edge);
                if (source != target && weight > 0) {
                    adjacency.get(source).merge(target, weight, Double::sum);
                    adjacency.get(target).merge(source, weight, Double::sum);
                }
            }
            return fromAdjacency(adjacency, new double[index.size()]);
        }

        private static Level fromAdjacency(List<Map<Integer, Double>> adjacency, double[] selfLoops) {
            int n = adjacency.size();
            int[][] neighbours = new int[n][];
            double[][] weights = new double[n][];
            for (int v = 0; v < n; v++) {
                List<Integer> sorted = new ArrayList<>(adjacency.get(v).keySet());
                Collections.sort(sorted);
                neighbours[v] = sorted.stream().mapToInt(Integer::intValue).toArray();
                weights[v] = sorted.stream().mapToDouble(adjacency.get(v)::get).toArray();
            }
            return new Level(neighbours, weights, selfLoops);
        }

        int size() {
            return neighbours.length;
        }

        /** Moves vertices between communities while modularity improves; returns dense community ids. */
        int[] localMoving(double resolution, Random random) {
            int n = size();
            int[] community = new int[n];
            double[] totals = degrees.clone();
            Arrays.setAll(community, v -> v);
            if (totalWeight == 0) {
                return community;
            }
            List<Integer> order = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                order.add(v);
            }
            Collections.shuffle(order, random);
            double[] linkWeight = new double[n];
            boolean moved = true;
            for (int sweep = 0; moved && sweep < MAX_SWEEPS_DEFAULT; sweep++) {
                moved = false;
                for (int v : order) {
                    moved |= moveBest(v, community, totals, linkWeight, resolution);
                }
            }
            return renumber(community);
        }

        private boolean moveBest(int v, int[] community, double[] totals, double[] linkWeight, double resolution) {
            int current = community[v];
            totals[current] -= degrees[v];
            List<Integer> touched = new ArrayList<>();
            touched.add(current);
            for (int i = 0; i < neighbours[v].length; i++) {
                int c = community[neighbours[v][i]];
                if (linkWeight[c] == 0 && c != current) {
                    touched.add(c);
                }
                linkWeight[c] += weights[v][i];
            }
            double scale = resolution * degrees[v] / (2 * totalWeight);
            int best = current;
            double bestGain = linkWeight[current] - scale * totals[current];
            for (int c : touched) {
                double gain = linkWeight[c] - scale * totals[c];
                if (gain > bestGain + MIN_GAIN) {
                    best = c;
                    bestGain = gain;
                }
            }
            for (int c : touched) {
                linkWeight[c] = 0;
            }
            totals[best] += degrees[v];
            community[v] = best;
            return best != current;
        }

        private static int[] renumber(int[] community) {
            Map<Integer, Integer> dense = new HashMap<>();
            int[] result = new int[community.length];
            for (int v = 0; v < community.length; v++) {
                result[v] = dense.computeIfAbsent(community[v], c -> dense.size());
            }
            return result;
        }

        /** Contracts each community to one vertex, keeping intra-community weight as a self-loop. */
        Level aggregate(int[] community, int count) {
            List<Map<Integer, Double>> adjacency = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                adjacency.add(new HashMap<>());
            }
            double[] loops = new double[count];
            for (int v = 0; v < size(); v++) {
                loops[community[v]] += selfLoops[v];
                for (int i = 0; i < neighbours[v].length; i++) {
                    int cu = community[v];
                    int cw = community[neighbours[v][i]];
                    if (cu == cw) {
                        loops[cu] += weights[v][i] / 2;
                    } else {
                        adjacency.get(cu).merge(cw, weights[v][i], Double::sum);
                    }
                }
            }
            return fromAdjacency(adjacency, loops);
        }
    }
}
