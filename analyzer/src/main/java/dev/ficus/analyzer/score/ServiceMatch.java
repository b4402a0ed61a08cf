package dev.ficus.analyzer.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per proposed cluster, the reference service it overlaps most, with precision (share of
 * the cluster in that service) and recall (share of that service in the cluster), over
 * the elements both decompositions hold. Ties go to the alphabetically first service.
 * Runs in O(n + clusters · services).
 */
public class ServiceMatch {

    /**
     * How one proposed cluster matches the reference.
     *
     * @param cluster the proposed cluster's name
     * @param service the reference service it overlaps most
     * @param size elements of the cluster that the reference holds
     * @param overlap elements it shares with {@code service}
     * @param precision overlap / size
     * @param recall overlap / elements of {@code service} that the proposal holds
     */
    public record Match(String cluster, String service, int size, int overlap, double precision, double recall) {
    }

    private final Map<String, String> reference;

    /**
     * @param reference element to reference service
     */
    public ServiceMatch(Map<String, String> reference) {
        this.reference = Map.copyOf(reference);
    }

    /** One match per proposed cluster holding a reference element, by cluster name. */
    public List<Match> matches(Map<String, String> proposed) {
        Map<String, Map<String, Integer>> overlaps = new TreeMap<>();
        Map<String, Integer> serviceSizes = new TreeMap<>();
        proposed.forEach((element, cluster) -> {
            String service = reference.get(element);
            if (service != null) {
                overlaps.computeIfAbsent(cluster, c -> new TreeMap<>()).merge(service, 1, Integer::sum);
                serviceSizes.merge(service, 1, Integer::sum);
            }
        });
        List<Match> result = new ArrayList<>();
        overlaps.forEach((cluster, counts) -> {
            Map.Entry<String, Integer> best = counts.entrySet()
                .stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow();
            int size = counts.values().stream().mapToInt(Integer::intValue).sum();
            result.add(new Match(cluster, best.getKey(), size, best.getValue(), (double) best.getValue() / size,
                    (double) best.getValue() / Objects.requireNonNull(serviceSizes.get(best.getKey()))));
        });
        return List.copyOf(result);
    }

}
