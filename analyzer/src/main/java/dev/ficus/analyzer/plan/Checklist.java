package dev.ficus.analyzer.plan;

import dev.ficus.plan.Boundary;
import dev.ficus.plan.ChecklistStep;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.Names;
import dev.ficus.plan.Traffic;
import java.util.List;

/** The steps of one extraction, each with the Ficus command that does or checks it. */
final class Checklist {

    private Checklist() {
    }

    static List<ChecklistStep> of(String analysedPath, String candidate, Boundary boundary, DataMove data,
            Traffic traffic) {
        String serviceDir = "services/" + Names.kebab(candidate) + "-service";
        return List.of(
                new ChecklistStep(1, apiStep(boundary), "./ficus plan " + analysedPath,
                        "the candidate's incoming calls all target the remote API"),
                new ChecklistStep(2,
                        "Add contract tests for the remote API and the moved HTTP endpoints against" + " the monolith",
                        "./mvnw -pl extracted-services/contract-tests verify",
                        "the contract suite passes against the monolith"),
                new ChecklistStep(3, "Scaffold the service",
                        "./ficus scaffold --plan ficus-out/plan.json --candidate " + candidate + " --out " + serviceDir,
                        "./mvnw -f " + serviceDir + " verify passes"),
                new ChecklistStep(4,
                        "Migrate the data: " + data.tables().size() + " tables, after the "
                                + data.foreignAccesses().size() + " foreign accesses listed above go through the API",
                        "./ficus migrate-data --capability " + candidate
                                + " --from $MONOLITH_JDBC_URL --to $SERVICE_JDBC_URL --dry-run",
                        "row counts and checksums match on both sides"),
                new ChecklistStep(5, "Shadow traffic: the service gets a copy of each safe request",
                        "./ficus route set " + candidate + " --mode shadow",
                        "shadow diff rate stays under " + percent(traffic.slo().maxShadowDiffRate())),
                new ChecklistStep(6,
                        "Canary rollout through "
                                + String.join(", ", traffic.rolloutSteps().stream().map(String::valueOf).toList())
                                + " % of users",
                        "./ficus route rollout " + candidate,
                        "every step holds the SLOs; a breach rolls back to MONOLITH"),
                new ChecklistStep(7, "Serve all traffic from the service",
                        "./ficus route set " + candidate + " --mode service",
                        "./ficus route list shows " + candidate + " in SERVICE mode"),
                new ChecklistStep(8, "Remove the " + boundary.movingTypes().size() + " moved types from the monolith",
                        "./ficus analyze " + analysedPath, "analysis.json lists none of the moved types"));
    }

    private static String apiStep(Boundary boundary) {
        if (boundary.incomingCalls().isEmpty()) {
            return "Extract the module API: nothing calls the candidate synchronously, keep it that way";
        }
        return "Extract the module API: route the " + boundary.incomingCalls().size() + " incoming calls through the "
                + boundary.remoteApi().size() + " operations under 'remote API'"
                + (boundary.eventCandidates().isEmpty() ? "" : " and publish events instead of the "
                        + boundary.eventCandidates().size() + " calls under 'better as events'");
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }

}
