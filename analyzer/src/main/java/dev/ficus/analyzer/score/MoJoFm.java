package dev.ficus.analyzer.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * MoJoFM: how close a proposed decomposition A is to a reference B, in percent (100 =
 * identical).
 * <p>
 * Wen, Tzerpos: "An effectiveness measure for software clustering algorithms", IWPC 2004.
 * {@code MoJoFM(A,B) = (1 − mno(A,B) / max mno(∀A,B)) · 100}, where {@code mno} is the
 * least number of Move and Join operations turning A into B. Each cluster A_i is tagged
 * with the reference clusters it shares most elements with; with M a maximum matching
 * between A's clusters and their tags,
 * {@code mno = Σ_i (|A_i| − max_j |A_i ∩ B_j|) + (l − |M|)} for l clusters in A, and
 * {@code max mno = n − g}, where g counts the reference sizes sorted ascending that
 * exceed the running group count. As in the MoJo tool the artifact of Wang, Bornais and
 * Rubin (ASE 2024) uses: the reference sizes count every listing, an element listed twice
 * counts under its last service, a reference element that A does not place goes to one
 * extra "unobserved" cluster of A, elements only A holds are ignored, and the result is
 * rounded to two decimals. Runs in O(n + l·k·√(l+k)) for k reference clusters.
 */
public class MoJoFm {

    /**
     * The cluster that collects reference elements the proposed decomposition does not
     * place.
     */
    public static final String UNOBSERVED = "unobserved";

    private final ReferenceDecomposition reference;

    public MoJoFm(ReferenceDecomposition reference) {
        this.reference = reference;
    }

    /**
     * MoJoFM of the proposed clusters (element to cluster name) against the reference, 0
     * to 100.
     */
    public double mojoFm(Map<String, String> proposed) {
        Map<String, String> target = reference.serviceOf();
        Map<String, Map<String, Integer>> overlaps = new TreeMap<>();
        target.forEach((element, service) -> overlaps
            .computeIfAbsent(proposed.getOrDefault(element, UNOBSERVED), c -> new TreeMap<>())
            .merge(service, 1, Integer::sum));
        long moves = 0;
        Graph<String, DefaultEdge> tags = new SimpleGraph<>(DefaultEdge.class);
        List<String> clusters = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> cluster : overlaps.entrySet()) {
            String a = "A:" + cluster.getKey();
            clusters.add(a);
            tags.addVertex(a);
            int size = cluster.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int max = cluster.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
            moves += size - max;
            cluster.getValue().forEach((service, count) -> {
                if (count == max) {
                    tags.addVertex("B:" + service);
                    tags.addEdge(a, "B:" + service);
                }
            });
        }
        List<String> services = tags.vertexSet().stream().filter(v -> v.startsWith("B:")).toList();
        int matched = new HopcroftKarpMaximumCardinalityBipartiteMatching<>(tags, new HashSet<>(clusters),
                new HashSet<>(services))
            .getMatching()
            .getEdges()
            .size();
        long distance = moves + clusters.size() - matched;
        long maxDistance = target.size() - groups(reference.listingsPerService());
        if (maxDistance <= 0) {
            return distance == 0 ? 100.0 : 0.0;
        }
        return Math.rint((1 - (double) distance / maxDistance) * 10000) / 100;
    }

    private static int groups(Map<String, Integer> sizes) {
        int[] sorted = sizes.values().stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        int groups = 0;
        for (int size : sorted) {
            if (groups < size) {
                groups++;
            }
        }
        return groups;
    }

}
