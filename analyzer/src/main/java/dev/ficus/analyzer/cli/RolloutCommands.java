package dev.ficus.analyzer.cli;

import dev.ficus.gateway.api.RolloutRequest;
import dev.ficus.gateway.api.RolloutView;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

        @Parameters(paramLabel = "CAPABILITY", converter = RouteCommand.CapabilityName.class,
                description = "e.g. catalog")
        String capability;

        @Option(names = "--steps", split = ",", paramLabel = "W", description = "Canary weights, e.g. 5,25,50,100.")
        List<Integer> steps;

        @Option(names = "--min-requests", paramLabel = "N",
                description = "Service requests a step needs before it may advance.")
        Long minRequests;

        @Option(names = "--interval", paramLabel = "DURATION",
                description = "Minimum time per step, ISO-8601, e.g. PT30S.")
        Duration interval;

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
            RolloutRequest plan = new RolloutRequest(steps, minRequests, interval, maxErrorRate, maxP99Ratio, null,
                    maxDiffRate);
            RolloutView rollout = admin().post("/admin/routes/" + capability + "/rollout", plan, RolloutView.class);
            printRollout(out(), rollout);
            return 0;
        }

    }

    static void printRollout(PrintWriter out, RolloutView rollout) {
        String steps = rollout.plan().steps().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        out.printf("%s rollout %s at step %d of %s: %s%n", rollout.capability(), rollout.status(), rollout.step() + 1,
                steps, rollout.reason());
    }

    /**
     * pause / resume / abort / promote a running rollout: one class, the verb given by
     * each subclass.
     */
    abstract static class RolloutControl extends RouteCommand.AdminCall {

        @Parameters(paramLabel = "CAPABILITY", converter = RouteCommand.CapabilityName.class,
                description = "e.g. catalog")
        String capability;

        private final String verb;

        RolloutControl(String verb) {
            this.verb = verb;
        }

        @Override
        public Integer call() {
            RolloutView rollout = admin().post("/admin/routes/" + capability + "/rollout/" + verb, null,
                    RolloutView.class);
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
