package dev.ficus.analyzer.boundaries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jgrapht.Graph;

/**
 * One level of the Louvain hierarchy: a weighted undirected graph over community indexes.
 */
final class LouvainLevel {

    private final int[][] neighbours;

    private final double[][] weights;

    private final double[] selfLoops;

    private final double[] degrees;

    private final double totalWeight;

    private LouvainLevel(int[][] neighbours, double[][] weights, double[] selfLoops) {
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

    static <V, E> LouvainLevel of(Graph<V, E> graph, Map<V, Integer> index) {
        List<Map<Integer, Double>> adjacency = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            adjacency.add(new HashMap<>());
        }
        for (E edge : graph.edgeSet()) {
            // the index holds every vertex of the graph
            int source = Objects.requireNonNull(index.get(graph.getEdgeSource(edge)));
            int target = Objects.requireNonNull(index.get(graph.getEdgeTarget(edge)));
            double weight = graph.getEdgeWeight(edge);
            if (source != target && weight > 0) {
                adjacency.get(source).merge(target, weight, Double::sum);
                adjacency.get(target).merge(source, weight, Double::sum);
            }
        }
        return fromAdjacency(adjacency, new double[index.size()]);
    }

    private static LouvainLevel fromAdjacency(List<Map<Integer, Double>> adjacency, double[] selfLoops) {
        int n = adjacency.size();
        int[][] neighbours = new int[n][];
        double[][] weights = new double[n][];
        for (int v = 0; v < n; v++) {
            List<Integer> sorted = new ArrayList<>(adjacency.get(v).keySet());
            Collections.sort(sorted);
            neighbours[v] = sorted.stream().mapToInt(Integer::intValue).toArray();
            weights[v] = sorted.stream().mapToDouble(adjacency.get(v)::get).toArray();
        }
        return new LouvainLevel(neighbours, weights, selfLoops);
    }

    int size() {
        return neighbours.length;
    }

    /**
     * Moves vertices between communities while modularity improves; returns dense
     * community ids.
     */
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
        for (int sweep = 0; moved && sweep < LouvainClustering.MAX_SWEEPS_DEFAULT; sweep++) {
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
            if (gain > bestGain + LouvainClustering.MIN_GAIN) {
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

    /**
     * Contracts each community to one vertex, keeping intra-community weight as a
     * self-loop.
     */
    LouvainLevel aggregate(int[] community, int count) {
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
                }
                else {
                    adjacency.get(cu).merge(cw, weights[v][i], Double::sum);
                }
            }
        }
        return fromAdjacency(adjacency, loops);
    }

}
