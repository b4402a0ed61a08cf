package dev.ficus.bench.redeploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

/**
 * What {@code ficus bench redeploy} measured: {@code results.json}.
 *
 * @param provenance the command line, commit, machine and load average
 * @param quick whether this was a {@code --quick} harness check, whose figures mean
 * nothing
 * @param startedAt when the run started (UTC)
 * @param finishedAt when it ended
 * @param machine the machine and the JVM flags of every process
 * @param settings the load and timing of every case
 * @param cases every case run, in order
 * @param conclusion one sentence computed from the cases' medians
 */
record RedeployReport(Provenance provenance, boolean quick, String startedAt, String finishedAt,
        MachineDescription machine, Settings settings, List<CaseResult> cases, String conclusion) {

    RedeployReport {
        cases = List.copyOf(cases);
    }

    /**
     * The load and timing of every case.
     *
     * @param ratePerSecond open-model rate offered to the shape's entry
     * @param warmUpMillis load after a shape started, before its first redeploy, not
     * counted
     * @param beforeStopMillis load of a repeat before its first SIGTERM
     * @param afterReadyMillis load of a repeat after its last process is ready
     * @param requestTimeoutMillis a request unanswered this long failed
     * @param bucketMillis width of a timeline bucket
     * @param productCount products seeded
     * @param repeats redeploys per case, one after another on the same running shape
     * @param relaunchNiceness CPU priority of a restarted process
     * @param stockCheckPercent share of stock reads in the mix
     * @param database where the processes keep their data
     */
    record Settings(double ratePerSecond, long warmUpMillis, long beforeStopMillis, long afterReadyMillis,
            long requestTimeoutMillis, long bucketMillis, int productCount, int repeats, int relaunchNiceness,
            int stockCheckPercent, String database) {

        static Settings of(RedeployPlan plan) {
            return new Settings(plan.rate(), plan.warmUp().toMillis(), plan.beforeStop().toMillis(),
                    plan.afterReady().toMillis(), LoadProfile.REQUEST_TIMEOUT_DEFAULT.toMillis(),
                    LoadProfile.TIMELINE_BUCKET_DEFAULT.toMillis(), plan.productCount(), plan.repeats(),
                    plan.relaunchNiceness(), plan.stockCheckPercent(), "postgres");
        }
    }

    /**
     * One sentence from the medians: what each redeploy failed, and whether the rolled
     * monolith did as well as the rolled service.
     */
    static String conclusion(List<CaseResult> cases) {
        List<String> parts = new ArrayList<>();
        find(cases, RedeployCase.MONOLITH).ifPresent(summary -> parts.add("restarting the monolith alone failed "
                + failures(summary) + " for " + RedeployMarkdown.seconds(summary.failingSeconds().median()) + " s"));
        Optional<CaseResult.Summary> monoliths = find(cases, RedeployCase.GATEWAY_MONOLITHS);
        Optional<CaseResult.Summary> services = find(cases, RedeployCase.INVENTORY_SERVICES);
        monoliths.ifPresent(
                summary -> parts.add("rolling two monolith instances behind the gateway failed " + failures(summary)));
        services.ifPresent(
                summary -> parts.add("rolling two inventory-service instances behind it failed " + failures(summary)));
        if (parts.isEmpty()) {
            return "No case ran to its end, so nothing can be concluded.";
        }
        String sentence = capitalized(String.join("; ", parts)) + " (medians over the repeats)";
        if (monoliths.isPresent() && services.isPresent()) {
            sentence += verdict(monoliths.get(), services.get());
        }
        return sentence + ".";
    }

    private static String verdict(CaseResult.Summary monoliths, CaseResult.Summary services) {
        double rolledMonolith = monoliths.failedOrWrong().median();
        double rolledService = services.failedOrWrong().median();
        if (monoliths.failedOrWrong().max() == 0 && services.failedOrWrong().max() == 0) {
            return ": with a second instance behind a load balancer both shapes redeploy without a failed request, "
                    + "so a deploy without downtime comes from the load balancer, not from the split into services";
        }
        if (rolledMonolith <= rolledService) {
            return ": the rolled monolith failed no more requests than the rolled service, so a deploy without "
                    + "downtime comes from a second instance behind a load balancer, not from the split into services";
        }
        return ": the rolled service failed fewer requests than the rolled monolith, so here the split into "
                + "services made the deploy gentler";
    }

    private static String failures(CaseResult.Summary summary) {
        double median = summary.failedOrWrong().median();
        return RedeployMarkdown.count(median) + ((median == 1) ? " request" : " requests");
    }

    private static Optional<CaseResult.Summary> find(List<CaseResult> cases, RedeployCase redeploy) {
        return cases.stream()
            .filter(result -> result.id().equals(redeploy.id()) && result.summary() != null)
            .map(result -> Objects.requireNonNull(result.summary()))
            .findFirst();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
