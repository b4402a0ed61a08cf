package dev.ficus.analyzer.score;

import dev.ficus.analyzer.boundaries.metrics.AdjustedRandIndex;
import java.util.ArrayList;
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
 * truths use) to the proposed type with that simple name.
 * <p>
 * A simple name several proposed types share is handled explicitly, never by whichever
 * type comes last. Listed under one service, it names one of them: the one whose nearest
 * package holding unambiguously matched classes has the largest share of them in that
 * service (the reference describes that part of the code; ties go to the deeper package,
 * then the first name). Listed under several services while several types carry it (two
 * deployables with their own {@code Account}), the name cannot tell which type is which:
 * it is reported as ambiguous and left out of every figure, its listings included.
 */
public final class Scorer {

    private Scorer() {
    }

    public static Scorecard score(ReferenceDecomposition reference, Map<String, String> proposedByType) {
        Map<String, List<String>> typesBySimpleName = new TreeMap<>();
        new TreeSet<>(proposedByType.keySet()).forEach(type -> typesBySimpleName
            .computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), s -> new ArrayList<>())
            .add(type));
        Map<String, Set<String>> servicesOf = new LinkedHashMap<>();
        reference.listings()
            .forEach(listing -> servicesOf.computeIfAbsent(listing.element(), e -> new TreeSet<>())
                .add(listing.service()));
        Map<String, List<String>> candidatesOf = new LinkedHashMap<>();
        SortedSet<String> ambiguous = new TreeSet<>();
        servicesOf.forEach((element, services) -> {
            List<String> candidates = element.contains(".")
                    ? (proposedByType.containsKey(element) ? List.of(element) : List.of())
                    : typesBySimpleName.getOrDefault(element, List.of());
            if (candidates.size() > 1 && services.size() > 1) {
                ambiguous.add(element);
            }
            candidatesOf.put(element, candidates);
        });
        ReferenceDecomposition scored = reference.without(ambiguous);
        Map<String, String> serviceOf = scored.serviceOf();
        Map<String, String> unambiguous = new TreeMap<>();
        candidatesOf.forEach((element, candidates) -> {
            if (candidates.size() == 1 && serviceOf.containsKey(element)) {
                unambiguous.put(candidates.get(0), serviceOf.get(element));
            }
        });
        Map<String, String> proposed = new LinkedHashMap<>();
        SortedSet<String> unplaced = new TreeSet<>();
        Set<String> matchedTypes = new TreeSet<>();
        serviceOf.forEach((element, service) -> {
            List<String> candidates = candidatesOf.getOrDefault(element, List.of());
            if (candidates.isEmpty()) {
                unplaced.add(element);
                return;
            }
            String chosen = candidates.size() == 1 ? candidates.get(0) : closest(candidates, service, unambiguous);
            proposed.put(element, proposedByType.get(chosen));
            matchedTypes.add(chosen);
        });
        Map<String, String> common = new LinkedHashMap<>(serviceOf);
        common.keySet().retainAll(proposed.keySet());
        return new Scorecard(serviceOf.size(), scored.duplicatedElements(), proposed.size(), List.copyOf(unplaced),
                List.copyOf(ambiguous), proposedByType.size() - matchedTypes.size(),
                new MoJoFm(scored).mojoFm(proposed),
                new AdjustedRandIndex<>(partition(common)).adjustedRandIndex(partition(proposed)),
                new Purity(common).purity(proposed), new ServiceMatch(common).matches(proposed));
    }

    /**
     * Of several types sharing a simple name, the one whose nearest package holding
     * unambiguously matched types is the deepest, then has the largest share of them in
     * {@code service}.
     */
    private static String closest(List<String> candidates, String service, Map<String, String> unambiguous) {
        // every candidate's depth beats -1, so the first one is always taken
        String best = candidates.get(0);
        double bestShare = -1;
        int bestDepth = -1;
        for (String candidate : candidates) {
            String place = packageOf(candidate);
            while (!place.isEmpty() && matchedUnder(place, unambiguous).isEmpty()) {
                place = packageOf(place);
            }
            List<String> matched = matchedUnder(place, unambiguous);
            double share = matched.isEmpty() ? 0
                    : (double) matched.stream().filter(service::equals).count() / matched.size();
            int depth = place.isEmpty() ? 0 : place.split("\\.").length;
            if (depth > bestDepth || depth == bestDepth && share > bestShare) {
                best = candidate;
                bestShare = share;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static List<String> matchedUnder(String place, Map<String, String> unambiguous) {
        return unambiguous.entrySet()
            .stream()
            .filter(entry -> place.isEmpty() || entry.getKey().startsWith(place + "."))
            .map(Map.Entry::getValue)
            .toList();
    }

    private static String packageOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** The clusters of an element-to-cluster map, by cluster name. */
    static List<Set<String>> partition(Map<String, String> clusterOf) {
        SortedMap<String, Set<String>> clusters = new TreeMap<>();
        clusterOf.forEach((element, cluster) -> clusters.computeIfAbsent(cluster, c -> new TreeSet<>()).add(element));
        return List.copyOf(clusters.values());
    }

}
