package dev.ficus.plan;

import java.util.List;
import java.util.Optional;

/**
 * The extraction plan written to {@code plan.json}: every candidate service in the
 * recommended extraction order.
 *
 * @param schemaVersion version of the {@code plan.json} format
 * @param analysedPath the folder the analysis read
 * @param candidates candidates by rank, best first
 */
public record MigrationPlan(int schemaVersion, String analysedPath, List<CandidatePlan> candidates) {

    /** The only {@code plan.json} schema this version of Ficus writes and reads. */
    public static final int SCHEMA_VERSION = 2;

    public MigrationPlan {
        candidates = List.copyOf(candidates);
    }

    public Optional<CandidatePlan> candidate(String name) {
        return candidates.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
    }
}
