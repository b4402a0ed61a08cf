package dev.ficus.analyzer.score;

import dev.ficus.analyzer.boundaries.metrics.AdjustedRandIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a proposed decomposition against a reference one. Reference classes named with a
 * dot are matched to fully qualified type names; simple names (as the published ground
 * truths use) to the proposed type with that simple name. When several proposed types
 * share a simple name (two deployables with their own {@code Order}), the one under the
 * two-segment package root that holds most unambiguously matched classes wins: the
 * reference describes that part of the code.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Scorecard score(ReferenceDecomposition reference, Map<String, String> proposedByType) {
        Map<String, List<String>> typesBySimpleName = new TreeMap<>();
        new TreeSet<>(proposedByType.keySet()).forEach(type -> typesBySimpleName
            .computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), s -> new ArrayList<>())
            .add(type));
        Map<String, String> serviceOf = reference.serviceOf();
        Map<String, String> proposed = new LinkedHashMap<>();
        SortedSet<String> unplaced = new TreeSet<>();
        SortedSet<String> ambiguous = new TreeSet<>();
        Set<String> matchedTypes = new TreeSet<>();
        Map<String, List<String>> candidatesOf = new LinkedHashMap<>();
        Map<String, Integer> rootCounts = new TreeMap<>();
        for (String element : serviceOf.keySet()) {
            List<String> candidates = element.contains(".")
                    ? (proposedByType.containsKey(element) ? List.of(element) : List.of())
                    : typesBySimpleName.getOrDefault(element, List.of());
            candidatesOf.put(element, candidates);
            if (candidates.size() == 1) {
                rootCounts.merge(root(candidates.get(0)), 1, Integer::sum);
            }
        }
        candidatesOf.forEach((element, candidates) -> {
            if (candidates.isEmpty()) {
                unplaced.add(element);
                return;
            }
            if (candidates.size() > 1) {
                ambiguous.add(element);
            }
            String chosen = candidates.stream()
                .max(Comparator.comparingInt((String type) -> rootCounts.getOrDefault(root(type), 0))
                    .thenComparing(Comparator.<String>reverseOrder()))
                .orElseThrow();
            proposed.put(element, proposedByType.get(chosen));
            matchedTypes.add(chosen);
        });
        Map<String, String> common = new LinkedHashMap<>(serviceOf);
        common.keySet().retainAll(proposed.keySet());
        return new Scorecard(serviceOf.size(), reference.duplicatedElements(), proposed.size(), List.copyOf(unplaced),
                List.copyOf(ambiguous), proposedByType.size() - matchedTypes.size(),
                new MoJoFm(reference).mojoFm(proposed),
                new AdjustedRandIndex<>(partition(common)).adjustedRandIndex(partition(proposed)),
                new Purity(common).purity(proposed), new ServiceMatch(common).matches(proposed));
    }

    private static String root(String type) {
        String[] segments = type.split("\\.");
        return segments.length < 3 ? "" : segments[0] + "." + segments[1];
    }

    /** The clusters of an element-to-cluster map, by cluster name. */
    static List<Set<String>> partition(Map<String, String> clusterOf) {
        SortedMap<String, Set<String>> clusters = new TreeMap<>();
        clusterOf.forEach((element, cluster) -> clusters.computeIfAbsent(cluster, c -> new TreeSet<>()).add(element));
        return List.copyOf(clusters.values());
    }

}
