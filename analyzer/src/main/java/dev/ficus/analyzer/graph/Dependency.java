package dev.ficus.analyzer.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The directed dependency of one top-level type on another, aggregated over all kinds.
 * Used as the JGraphT edge object: one per ordered (source, target) pair, never a
 * self-edge.
 *
 * @param counts how many times each kind occurs (e.g. 3 call sites and 1 field)
 * @param locations where the dependency occurs (first few call sites, sorted), for plans
 * that cite file:line
 */
public record Dependency(String source, String target, Map<EdgeKind, Integer> counts, List<SourceLocation> locations) {

    /** At most this many locations are kept per edge. */
    public static final int MAX_LOCATIONS = 20;

    public Dependency {
        if (source.equals(target)) {
            throw new IllegalArgumentException("self-dependency of " + source);
        }
        counts = Map.copyOf(new EnumMap<>(counts.isEmpty() ? Map.of() : counts));
        locations = List.copyOf(locations.stream().sorted().distinct().limit(MAX_LOCATIONS).toList());
    }

    public int count(EdgeKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** Sum over kinds of count × weight. */
    public double weight(EdgeWeights weights) {
        return counts.entrySet().stream().mapToDouble(e -> e.getValue() * weights.of(e.getKey())).sum();
    }

    /**
     * Static call-site count, the {@code w(e)} of ICP; 1 when the dependency has no call.
     */
    public int callSites() {
        return Math.max(1, count(EdgeKind.CALL));
    }
}
