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
 * @param calledTypes the types called across any candidate's boundary, as the generated
 * adapters implement and call them, sorted by type
 * @param events the types named like an event a candidate listens to, sorted by type
 */
public record MigrationPlan(int schemaVersion, String analysedPath, List<CandidatePlan> candidates,
        List<CalledType> calledTypes, List<EventType> events) {

    /** The only {@code plan.json} schema this version of Ficus writes and reads. */
    public static final int SCHEMA_VERSION = 7;

    public MigrationPlan {
        candidates = List.copyOf(candidates);
        calledTypes = List.copyOf(calledTypes);
        events = List.copyOf(events);
    }

    public Optional<CandidatePlan> candidate(String name) {
        return candidates.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
    }

    /**
     * The called type of that fully qualified name, when the analysed sources declare it.
     */
    public Optional<CalledType> calledType(String type) {
        return calledTypes.stream().filter(called -> called.type().equals(type)).findFirst();
    }

    /**
     * The one-line message for a name that is no candidate of this plan, naming the
     * candidate most likely meant and all of them, e.g.
     * {@code unknown candidate 'shiping' in ficus-out/plan.json, did you mean 'shipping'? (candidates: ...)}.
     */
    public String unknownCandidate(String name, String planFile) {
        List<String> names = candidates.stream().map(CandidatePlan::name).toList();
        return "unknown candidate '" + name + "' in " + planFile
                + Spelling.closest(name, names).map(closest -> ", did you mean '" + closest + "'?").orElse("")
                + " (candidates: " + String.join(", ", names) + ")";
    }
}
