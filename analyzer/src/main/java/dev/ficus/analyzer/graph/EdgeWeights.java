package dev.ficus.analyzer.graph;

import java.util.EnumMap;
import java.util.Map;

/**
 * Weight per {@link EdgeKind}; an edge's weight is the sum over its kinds of count ×
 * weight.
 */
public record EdgeWeights(Map<EdgeKind, Double> byKind) {

    public EdgeWeights {
        EnumMap<EdgeKind, Double> copy = new EnumMap<>(EdgeKind.class);
        for (EdgeKind kind : EdgeKind.values()) {
            double weight = byKind.getOrDefault(kind, kind.defaultWeight());
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weight of " + kind + " must be >= 0, was " + weight);
            }
            copy.put(kind, weight);
        }
        byKind = Map.copyOf(copy);
    }

    public static EdgeWeights defaults() {
        return new EdgeWeights(Map.of());
    }

    public double of(EdgeKind kind) {
        return byKind.getOrDefault(kind, kind.defaultWeight());
    }
}
