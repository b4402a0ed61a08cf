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
import org.jspecify.annotations.Nullable;

/**
 * Louvain community detection with a resolution parameter, followed by a connectivity
 * refinement.
 * <p>
 * Blondel, Guillaume, Lambiotte, Lefebvre: "Fast unfolding of communities in large
 * networks", J. Stat. Mech. (2008). Each pass moves single vertices to the neighbouring
 * community with the largest gain of {@code Q_γ = Σ_c [ L_c/m − γ (d_c/2m)² ]}, then
 * contracts communities to vertices, until nothing moves. Like Leiden (Traag, Waltman,
 * van Eck, Sci. Rep. 2019) the result is then refined so that every community is
 * connected: a community that fell apart into pieces is split into its connected
 * components.
 * <p>
 * The graph is read as undirected: the weights of {@code u→v} and {@code v→u} add up;
 * self-loops are ignored. Vertices are visited in an order shuffled by the given
 * {@link Random}, so the same graph (with the same vertex iteration order) and seed give
 * the same clustering. Runs in about O(m) per pass and O(m log n) overall on sparse
 * graphs. JGraphT 1.5.3 has no Louvain or Leiden, hence this class.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public class LouvainClustering<V, E> implements ClusteringAlgorithm<V> {

    /** The classic modularity: larger values give more, smaller communities. */
    public static final double RESOLUTION_DEFAULT = 1.0;

    /** Seed used when none is given. */
    public static final long SEED_DEFAULT = 42L;

    /**
     * Upper bound on local-moving sweeps per level, a guard against oscillation on ties.
     */
    public static final int MAX_SWEEPS_DEFAULT = 100;

    static final double MIN_GAIN = 1e-12;

    private final Graph<V, E> graph;

    private final double resolution;

    private final Random random;

    private @Nullable Clustering<V> result;

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
        Clustering<V> clustering = result;
        if (clustering == null) {
            clustering = new ClusteringImpl<>(Collections.unmodifiableList(compute()));
            result = clustering;
        }
        return clustering;
    }

    private List<Set<V>> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        LouvainLevel level = LouvainLevel.of(graph, index);
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

    /**
     * Splits every community into its connected components (inside the community) and
     * orders the result.
     */
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
                    int other = Objects.requireNonNull(index.get(oppositeOf(edge, vertex)));
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

}
