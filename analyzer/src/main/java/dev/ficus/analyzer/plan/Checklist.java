package dev.ficus.analyzer.plan;

import dev.ficus.plan.Boundary;
import dev.ficus.plan.ChecklistStep;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.Names;
import dev.ficus.plan.ShellWords;
import dev.ficus.plan.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps of one extraction, each with the Ficus command that does or checks it for
 * this candidate: only commands that work for any candidate of any codebase, and only the
 * steps the candidate needs (no data step when it owns no table, no traffic steps when it
 * has no HTTP entry point).
 */
final class Checklist {

    /** Where {@code ficus analyze} and {@code ficus plan} write unless told otherwise. */
    private static final String DEFAULT_FOLDER = MigrationPlanner.DEFAULT_PLAN_FILE.substring(0,
            MigrationPlanner.DEFAULT_PLAN_FILE.lastIndexOf('/'));

    private final List<ChecklistStep> steps = new ArrayList<>();

    private Checklist() {
    }

    /**
     * @param analysedPath the folder the analysis read
     * @param planFile where the plan is written, as the commands name it
     * @param routable whether a gateway route takes one of the candidate's paths (else
     * the steps that move its traffic are left out)
     */
    static List<ChecklistStep> of(String analysedPath, String planFile, String candidate, Boundary boundary,
            DataMove data, Traffic traffic, boolean routable) {
        String serviceDir = ShellWords.quote("services/" + Names.kebab(candidate) + "-service");
        String analysed = ShellWords.quote(analysedPath);
        String plan = ShellWords.quote(planFile);
        String name = ShellWords.quote(candidate);
        String analyze = analyzeCommand(analysed, planFile);
        Checklist checklist = new Checklist();
        checklist.add(apiStep(boundary), analyze + " && " + planCommand(analysed, planFile),
                "the candidate's incoming calls all target the remote API");
        checklist.add("Make the service from the candidate's own classes",
                "./ficus extract " + name + " --plan " + plan + " --out " + serviceDir,
                serviceDir + " holds the service's Maven project");
        checklist.add("Build the service and run its tests", "./mvnw -f " + serviceDir + " verify", "the build passes");
        if (!data.tables().isEmpty()) {
            checklist.add(
                    "Migrate the data: " + data.tables().size() + (data.tables().size() == 1 ? " table" : " tables")
                            + ", after the " + data.foreignAccesses().size()
                            + " foreign accesses listed above go through the API",
                    "./ficus migrate-data --plan " + plan + " --capability " + name
                            + " --from $MONOLITH_JDBC_URL --to $SERVICE_JDBC_URL",
                    "row counts and checksums match on both sides");
        }
        if (routable && !traffic.endpoints().isEmpty()) {
            checklist.add("Route the candidate's paths through the strangler gateway, still to the monolith",
                    "./ficus route add " + name + " --paths " + ShellWords.quote(String.join(",", traffic.paths()))
                            + " --service-url " + ShellWords.quote(serviceUrl(traffic, candidate)),
                    "./ficus route list shows " + candidate + " in MONOLITH mode");
            checklist.add("Shadow traffic: the service gets a copy of each safe request",
                    "./ficus route set " + name + " --mode shadow",
                    "shadow diff rate stays under " + percent(traffic.slo().maxShadowDiffRate()));
            checklist.add("Canary rollout through "
                    + String.join(", ", traffic.rolloutSteps().stream().map(String::valueOf).toList()) + " % of users",
                    "./ficus route rollout " + name, "every step holds the SLOs; a breach rolls back to MONOLITH");
            checklist.add("Serve all traffic from the service", "./ficus route set " + name + " --mode service",
                    "./ficus route list shows " + candidate + " in SERVICE mode");
        }
        checklist.add("Remove the " + boundary.movingTypes().size() + " moved types from the monolith", analyze,
                "analysis.json lists none of the moved types");
        return List.copyOf(checklist.steps);
    }

    /**
     * Analyses the code again into the plan's folder (the code changed since the analysis
     * the plan was made of).
     */
    private static String analyzeCommand(String analysed, String planFile) {
        String folder = folderOf(planFile);
        return "./ficus analyze " + analysed
                + (folder.equals(DEFAULT_FOLDER) ? "" : " --out " + ShellWords.quote(folder));
    }

    /** Plans again from the analysis {@link #analyzeCommand} writes. */
    private static String planCommand(String analysed, String planFile) {
        String folder = folderOf(planFile);
        return "./ficus plan " + analysed + (folder.equals(DEFAULT_FOLDER) ? ""
                : " --analysis " + ShellWords.quote(folder + "/analysis.json") + " --out " + ShellWords.quote(folder));
    }

    private static String folderOf(String planFile) {
        int slash = planFile.lastIndexOf('/');
        return slash < 0 ? "." : planFile.substring(0, slash);
    }

    private void add(String title, String command, String done) {
        steps.add(new ChecklistStep(steps.size() + 1, title, command, done));
    }

    /**
     * The URL {@link TrafficProposal} puts among the gateway properties of every
     * candidate with traffic.
     */
    private static String serviceUrl(Traffic traffic, String candidate) {
        return Objects.requireNonNull(
                traffic.gatewayProperties().get("ficus.gateway.capabilities." + candidate + ".service-url"));
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
