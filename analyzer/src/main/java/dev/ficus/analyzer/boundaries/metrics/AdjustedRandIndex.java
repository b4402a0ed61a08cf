package dev.ficus.analyzer.boundaries.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adjusted Rand index ARI: agreement of a partition with a reference partition, corrected
 * for chance.
 * <p>
 * Hubert, Arabie: "Comparing partitions", Journal of Classification 2 (1985). Over the n
 * elements held by both partitions, with contingency counts {@code n_ij}, row sums
 * {@code a_i} and column sums {@code b_j}:
 * {@code ARI = (Σ C(n_ij,2) − E) / (½ (Σ C(a_i,2) + Σ C(b_j,2)) − E)},
 * {@code E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2)}. 1 for identical partitions, about 0 for
 * random ones. When the denominator is 0 (both partitions all singletons, or both one
 * cluster) it is 1. Runs in O(n).
 *
 * @param <V> the element type
 */
public class AdjustedRandIndex<V> {

    private final ClusterIndex<V> reference;

    private final int referenceClusters;

    public AdjustedRandIndex(List<Set<V>> reference) {
        this.reference = new ClusterIndex<>(reference);
        this.referenceClusters = reference.size();
    }

    /** ARI of the partition against the reference, over the elements that both hold. */
    public double adjustedRandIndex(List<Set<V>> partition) {
        Map<Long, Long> contingency = new HashMap<>();
        long[] rows = new long[referenceClusters];
        long[] columns = new long[partition.size()];
        long n = 0;
        for (int j = 0; j < partition.size(); j++) {
            for (V element : partition.get(j)) {
                int i = reference.of(element);
                if (i >= 0) {
                    contingency.merge((long) i * partition.size() + j, 1L, Long::sum);
                    rows[i]++;
                    columns[j]++;
                    n++;
                }
            }
        }
        double pairs = contingency.values().stream().mapToDouble(AdjustedRandIndex::choose2).sum();
        double rowPairs = Arrays.stream(rows).mapToDouble(AdjustedRandIndex::choose2).sum();
        double columnPairs = Arrays.stream(columns).mapToDouble(AdjustedRandIndex::choose2).sum();
        double expected = n < 2 ? 0 : rowPairs * columnPairs / choose2(n);
        double denominator = (rowPairs + columnPairs) / 2 - expected;
        return denominator == 0 ? 1.0 : (pairs - expected) / denominator;
    }

    private static double choose2(long k) {
        return k * (k - 1) / 2.0;
    }

}
