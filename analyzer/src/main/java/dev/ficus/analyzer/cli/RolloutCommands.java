package dev.ficus.analyzer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code ficus route rollout|pause|resume|abort|promote}: the progressive rollout of one
 * capability through the strangler gateway's admin API.
 */
final class RolloutCommands {

    private RolloutCommands() {
    }

    @Command(name = "rollout", mixinStandardHelpOptions = true,
            description = "Starts an automatic progressive rollout: advances while the SLOs hold, rolls back on a breach.")
    static class StartRollout extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "CAPABILITY", description = "e.g. catalog")
        String capability;

        @Option(names = "--steps", split = ",", paramLabel = "W", description = "Canary weights, e.g. 5,25,50,100.")
        List<Integer> steps;

        @Option(names = "--min-requests", paramLabel = "N",
                description = "Service requests a step needs before it may advance.")
        Long minRequests;

        @Option(names = "--interval", paramLabel = "DURATION",
                description = "Minimum time per step, ISO-8601, e.g. PT30S.")
        String interval;

        @Option(names = "--max-error-rate", paramLabel = "RATE",
                description = "Highest tolerated service error rate, 0-1.")
        Double maxErrorRate;

        @Option(names = "--max-p99-ratio", paramLabel = "RATIO",
                description = "Highest tolerated service p99 / monolith p99.")
        Double maxP99Ratio;

        @Option(names = "--max-diff-rate", paramLabel = "RATE",
                description = "Highest tolerated shadow diff rate, 0-1.")
        Double maxDiffRate;

        @Override
        public Integer call() {
            Map<String, Object> plan = new LinkedHashMap<>();
            putIfGiven(plan, "steps", steps);
            putIfGiven(plan, "minRequests", minRequests);
            putIfGiven(plan, "interval", interval);
            putIfGiven(plan, "maxErrorRate", maxErrorRate);
            putIfGiven(plan, "maxP99Ratio", maxP99Ratio);
            putIfGiven(plan, "maxDiffRate", maxDiffRate);
            JsonNode rollout = admin().post("/admin/routes/" + capability + "/rollout", plan);
            printRollout(out(), rollout);
            return 0;
        }

        private static void putIfGiven(Map<String, Object> body, String key, Object value) {
            if (value != null) {
                body.put(key, value);
            }
        }

    }

    static void printRollout(PrintWriter out, JsonNode rollout) {
        out.printf("%s rollout %s at step %d of %s: %s%n", rollout.path("capability").asString(),
                rollout.path("status").asString(), rollout.path("step").asInt() + 1, rollout.path("plan").path("steps"),
                rollout.path("reason").asString());
    }

    /**
     * pause / resume / abort / promote a running rollout: one class, the verb given by
     * each subclass.
     */
    abstract static class RolloutControl extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "CAPABILITY", description = "e.g. catalog")
        String capability;

        private final String verb;

        RolloutControl(String verb) {
            this.verb = verb;
        }

        @Override
        public Integer call() {
            JsonNode rollout = admin().post("/admin/routes/" + capability + "/rollout/" + verb, null);
            printRollout(out(), rollout);
            return 0;
        }

        @Command(name = "pause", mixinStandardHelpOptions = true, description = "Holds a running rollout at its step.")
        static class Pause extends RolloutControl {

            Pause() {
                super("pause");
            }

        }

        @Command(name = "resume", mixinStandardHelpOptions = true, description = "Lets a paused rollout go on.")
        static class Resume extends RolloutControl {

            Resume() {
                super("resume");
            }

        }

        @Command(name = "abort", mixinStandardHelpOptions = true,
                description = "Stops a rollout and routes to the monolith.")
        static class Abort extends RolloutControl {

            Abort() {
                super("abort");
            }

        }

        @Command(name = "promote", mixinStandardHelpOptions = true,
                description = "Ends a rollout with all traffic on the service.")
        static class Promote extends RolloutControl {

            Promote() {
                super("promote");
            }

        }

    }

}
