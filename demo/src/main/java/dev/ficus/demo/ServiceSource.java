package dev.ficus.demo;

import java.util.List;
import java.util.Optional;

import dev.ficus.plan.CandidatePlan;

/**
 * Which candidates of the plan the demo can take to a running service, decided before
 * anything is generated.
 */
public interface ServiceSource {

    /** The service for this candidate, or empty when the demo cannot drive one. */
    Optional<RunnableService> serviceFor(CandidatePlan candidate);

    /** Why a candidate has no service here, in a few words. */
    String whyNone(CandidatePlan candidate);

    /** The candidates this source has a service for, for messages. */
    List<String> names();

}
