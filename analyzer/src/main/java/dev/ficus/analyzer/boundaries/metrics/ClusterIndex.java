package dev.ficus.analyzer.boundaries.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cluster of a partition each element belongs to; rejects partitions whose clusters
 * overlap.
 */
final class ClusterIndex<V> {

    private final Map<V, Integer> clusterOf = new HashMap<>();

    ClusterIndex(List<Set<V>> partition) {
        for (int k = 0; k < partition.size(); k++) {
            for (V element : partition.get(k)) {
                if (clusterOf.put(element, k) != null) {
                    throw new IllegalArgumentException(element + " is in more than one cluster");
                }
            }
        }
    }

    /** Cluster index of the element, or -1 when the partition does not hold it. */
    int of(V element) {
        return clusterOf.getOrDefault(element, -1);
    }

    boolean contains(V element) {
        return clusterOf.containsKey(element);
    }

    /** Requires that the partition covers exactly the given vertices. */
    ClusterIndex<V> requireCovers(Set<V> vertices) {
        if (clusterOf.size() != vertices.size() || !clusterOf.keySet().containsAll(vertices)) {
            throw new IllegalArgumentException("the partition must cover exactly the graph's vertices");
        }
        return this;
    }

}
