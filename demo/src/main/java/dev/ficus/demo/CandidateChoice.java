package dev.ficus.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;

/**
 * The candidate the demo moves: the one asked for, else the best-ranked candidate of the
 * plan the demo can drive, with the reason in one line.
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
        List<String> passedOver = new ArrayList<>();
        for (CandidatePlan candidate : ranked(plan)) {
            Optional<RunnableService> service = services.serviceFor(candidate);
            if (service.isPresent()) {
                String why = passedOver.isEmpty() ? "the plan's first candidate"
                        : "the best-ranked candidate the demo can drive; passed over: " + String.join(", ", passedOver);
                return new CandidateChoice(candidate, service.get(), why);
            }
            passedOver.add("%d. %s (%s)".formatted(candidate.rank(), candidate.name(), services.whyNone(candidate)));
        }
        throw new DemoUsageException("no candidate of the plan can be driven by the demo; it drives: "
                + String.join(", ", services.names()));
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
