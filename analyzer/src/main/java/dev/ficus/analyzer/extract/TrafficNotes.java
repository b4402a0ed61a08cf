package dev.ficus.analyzer.extract;

import dev.ficus.plan.CandidatePlan;
import java.util.List;
import java.util.Set;

/**
 * What the service's README tells the user about the requests its gateway route can move:
 * none when no HTTP request reaches the candidate, and what the plan found on the way
 * (paths another owner also answers, a route invented because every path is shared), so
 * that shadow and rollout are not tried on a route that moves nothing.
 */
final class TrafficNotes {

    /** The plan's risks about the candidate's paths, told as they are. */
    private static final Set<String> PATH_RISKS = Set.of("shared-path", "no-own-path");

    private TrafficNotes() {
    }

    static List<String> of(CandidatePlan candidate, String routesFile) {
        if (candidate.traffic().endpoints().isEmpty()) {
            return List.of("no HTTP request reaches " + candidate.name() + " (the plan lists no endpoint), so its route"
                    + " in `" + routesFile + "` moves nothing and shadow and rollout have nothing to compare: once the"
                    + " service does its work, stop the monolith's own listeners and schedules for it, or both will"
                    + " do it");
        }
        return candidate.risks()
            .stream()
            .filter(risk -> PATH_RISKS.contains(risk.kind()))
            .map(risk -> risk.message() + " (plan risk `" + risk.kind() + "`)")
            .toList();
    }

}
