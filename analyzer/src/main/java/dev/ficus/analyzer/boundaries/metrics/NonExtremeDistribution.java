package dev.ficus.analyzer.boundaries.metrics;

import java.util.List;
import java.util.Set;

/**
 * Non-extreme distribution NED: the share of classes that sit in clusters that are
 * neither too small nor too large.
 * <p>
 * Wu, Hassan, Holt: "Comparison of clustering algorithms in the context of software
 * evolution", ICSM 2005; as used by Kalia et al., Mono2Micro (ESEC/FSE 2021):
 * {@code NED = 1 − (Σ N_k over clusters with MIN ≤ N_k ≤ MAX) / Σ N_k}, by default MIN =
 * 5 and MAX = 20. Lower is better, in [0, 1]. Runs in O(K).
 */
public class NonExtremeDistribution {

    /** Smallest cluster size that is not extreme. */
    public static final int MIN_SIZE_DEFAULT = 5;

    /** Largest cluster size that is not extreme. */
    public static final int MAX_SIZE_DEFAULT = 20;

    private final int minSize;

    private final int maxSize;

    public NonExtremeDistribution() {
        this(MIN_SIZE_DEFAULT, MAX_SIZE_DEFAULT);
    }

    public NonExtremeDistribution(int minSize, int maxSize) {
        if (minSize < 1 || maxSize < minSize) {
            throw new IllegalArgumentException("need 1 <= minSize <= maxSize, was " + minSize + ".." + maxSize);
        }
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /** NED of the partition; 0 when it holds no elements. */
    public double nonExtremeDistribution(List<? extends Set<?>> partition) {
        long total = 0;
        long nonExtreme = 0;
        for (Set<?> cluster : partition) {
            total += cluster.size();
            if (cluster.size() >= minSize && cluster.size() <= maxSize) {
                nonExtreme += cluster.size();
            }
        }
        return total == 0 ? 0.0 : 1.0 - (double) nonExtreme / total;
    }

}
