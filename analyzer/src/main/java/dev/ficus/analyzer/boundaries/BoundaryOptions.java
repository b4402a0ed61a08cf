package dev.ficus.analyzer.boundaries;

import java.util.OptionalInt;

/**
 * How to look for boundaries.
 *
 * @param resolution the modularity resolution γ: larger gives more, smaller services
 * @param services when present, steer the number of candidate services toward this
 * (overrides resolution)
 * @param seed seed of the clustering's random visiting order
 */
public record BoundaryOptions(double resolution, OptionalInt services, long seed) {

    public BoundaryOptions {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, was " + resolution);
        }
        if (services.isPresent() && services.getAsInt() < 1) {
            throw new IllegalArgumentException("services must be at least 1, was " + services.getAsInt());
        }
    }

    public static BoundaryOptions defaults() {
        return new BoundaryOptions(LouvainClustering.RESOLUTION_DEFAULT, OptionalInt.empty(),
                LouvainClustering.SEED_DEFAULT);
    }

    public BoundaryOptions withServices(int count) {
        return new BoundaryOptions(resolution, OptionalInt.of(count), seed);
    }
}
