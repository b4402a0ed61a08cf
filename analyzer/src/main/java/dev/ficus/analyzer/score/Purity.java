package dev.ficus.analyzer.score;

import java.util.HashMap;
import java.util.Map;

/**
 * Purity: the share of elements that sit with the majority of their proposed cluster's
 * reference service.
 * <p>
 * Manning, Raghavan, Schütze: "Introduction to Information Retrieval" (2008), section
 * 16.3. {@code purity = (1/n) Σ_i max_j |A_i ∩ B_j|} over the n elements both
 * decompositions hold; 1 when every proposed cluster lies inside one reference service
 * (also when every element is alone, so read it with ARI). Runs in O(n).
 */
public class Purity {

    private final Map<String, String> reference;

    /**
     * @param reference element to reference service
     */
    public Purity(Map<String, String> reference) {
        this.reference = Map.copyOf(reference);
    }

    /**
     * Purity of the proposed clusters (element to cluster name), 0 to 1; 0 when no
     * element is shared.
     */
    public double purity(Map<String, String> proposed) {
        Map<String, Map<String, Integer>> overlaps = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, String> entry : proposed.entrySet()) {
            String service = reference.get(entry.getKey());
            if (service != null) {
                overlaps.computeIfAbsent(entry.getValue(), c -> new HashMap<>()).merge(service, 1, Integer::sum);
                n++;
            }
        }
        int majority = overlaps.values()
            .stream()
            .mapToInt(counts -> counts.values().stream().mapToInt(Integer::intValue).max().orElse(0))
            .sum();
        return n == 0 ? 0.0 : (double) majority / n;
    }

}
