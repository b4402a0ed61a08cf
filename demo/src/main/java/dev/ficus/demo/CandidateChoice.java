package dev.ficus.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;

/**
 * The candidate the demo moves: the one asked for, else the best-ranked candidate of the
 * plan the demo can drive the whole way, up to the monolith calling it (else the
 * best-ranked it can drive at all), with the reason in one line.
 *
 * @param candidate the candidate's plan
 * @param service its runnable service
 * @param why why this one, naming the better-ranked ones passed over
 */
record CandidateChoice(CandidatePlan candidate, RunnableService service, String why) {

    static CandidateChoice pick(MigrationPlan plan, ServiceSource services, Optional<String> requested) {
        if (requested.isPresent()) {
            return requested(plan, services, requested.get());
        }
        Optional<CandidateChoice> whole = best(plan, services, true);
        return whole.or(() -> best(plan, services, false))
            .orElseThrow(() -> new DemoUsageException("no candidate of the plan can be driven by the demo; it drives: "
                    + String.join(", ", services.names())));
    }

    /**
     * The best-ranked candidate with a service, one the monolith calls without a rebuild
     * when {@code monolithCallsIt}.
     */
    private static Optional<CandidateChoice> best(MigrationPlan plan, ServiceSource services, boolean monolithCallsIt) {
        List<String> passedOver = new ArrayList<>();
        for (CandidatePlan candidate : ranked(plan)) {
            Optional<RunnableService> service = services.serviceFor(candidate);
            if (service.isPresent() && (!monolithCallsIt || service.get().monolithSwitch() != null)) {
                String why = passedOver.isEmpty() ? "the plan's first candidate"
                        : "the best-ranked candidate the demo can drive"
                                + (monolithCallsIt ? " up to the monolith calling it" : "") + "; passed over: "
                                + String.join(", ", passedOver);
                return Optional.of(new CandidateChoice(candidate, service.get(), why));
            }
            passedOver.add("%d. %s (%s)".formatted(candidate.rank(), candidate.name(),
                    service.isPresent() ? "the monolith calls it only once its generated adapters are compiled in"
                            : services.whyNone(candidate)));
        }
        return Optional.empty();
    }

    private static CandidateChoice requested(MigrationPlan plan, ServiceSource services, String name) {
        CandidatePlan candidate = plan.candidate(name)
            .orElseThrow(() -> new DemoUsageException(plan.unknownCandidate(name, "the demo's plan")));
        RunnableService service = services.serviceFor(candidate)
            .orElseThrow(() -> new DemoUsageException("--candidate " + name + ": " + services.whyNone(candidate)
                    + "; the demo drives: " + String.join(", ", services.names())));
        return new CandidateChoice(candidate, service, "asked for with --candidate");
    }

    private static List<CandidatePlan> ranked(MigrationPlan plan) {
        return plan.candidates().stream().sorted(Comparator.comparingInt(CandidatePlan::rank)).toList();
    }

}
