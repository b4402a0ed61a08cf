package dev.ficus.plan;

import java.util.List;

/**
 * How to extract one candidate service: why it comes at this rank, what crosses its
 * boundary, which data moves, how traffic moves, the steps to follow and the risks.
 *
 * @param name candidate name, as in the analysis
 * @param rank 1 for the candidate to extract first
 * @param score extraction score, higher first ({@link ExtractionScore#value()})
 * @param why the facts behind the score
 * @param boundary types that move, types in the shared kernel and the calls that cross
 * @param data tables that move and the foreign code touching them
 * @param traffic gateway route and rollout
 * @param checklist the steps, in order
 * @param risks plain-word warnings, empty when none
 */
public record CandidatePlan(String name, int rank, double score, ExtractionScore why, Boundary boundary, DataMove data,
        Traffic traffic, List<ChecklistStep> checklist, List<Risk> risks) {

    public CandidatePlan {
        checklist = List.copyOf(checklist);
        risks = List.copyOf(risks);
    }

    /**
     * Java package of the service generated for this candidate, e.g.
     * {@code dev.ficus.catalogservice}.
     */
    public String servicePackage() {
        return "dev.ficus." + Names.identifier(name) + "service";
    }

    /**
     * Artifact and folder name of the service generated for this candidate, e.g.
     * {@code catalog-service}.
     */
    public String serviceArtifact() {
        return Names.kebab(name) + "-service";
    }

    /**
     * Prefix of the generated service's class names, e.g. {@code Catalog} for
     * {@code CatalogServiceApplication}.
     */
    public String serviceClassPrefix() {
        return Names.pascal(name);
    }
}
