package dev.ficus.analyzer.boundaries.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Business-context purity BCP: how many distinct use cases touch each cluster, on a log
 * scale.
 * <p>
 * Kalia et al., Mono2Micro (ESEC/FSE 2021): {@code BCP = (1/K) Σ_k ln |BC_k|},
 * {@code BC_k} = the use cases touching cluster k. A use case is given as the set of
 * elements it touches (statically: an entry point and every class reachable from it). A
 * cluster touched by no use case contributes 0, as does one touched by exactly one. Lower
 * is better. Runs in O(Σ |use case| + n).
 *
 * @param <V> the element type
 */
public class BusinessContextPurity<V> {

    private final List<Set<V>> useCases;

    public BusinessContextPurity(List<Set<V>> useCases) {
        this.useCases = List.copyOf(useCases);
    }

    /** BCP of the partition; 0 for an empty partition. */
    public double businessContextPurity(List<Set<V>> partition) {
        if (partition.isEmpty()) {
            return 0.0;
        }
        ClusterIndex<V> index = new ClusterIndex<>(partition);
        int[] contexts = new int[partition.size()];
        boolean[] touched = new boolean[partition.size()];
        for (Set<V> useCase : useCases) {
            Arrays.fill(touched, false);
            for (V element : useCase) {
                int k = index.of(element);
                if (k >= 0 && !touched[k]) {
                    touched[k] = true;
                    contexts[k]++;
                }
            }
        }
        double sum = 0;
        for (int count : contexts) {
            sum += count > 1 ? Math.log(count) : 0;
        }
        return sum / partition.size();
    }

}
