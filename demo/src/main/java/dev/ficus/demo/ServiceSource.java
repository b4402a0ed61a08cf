package dev.ficus.demo;

import java.util.List;
import java.util.Optional;

import dev.ficus.plan.CandidatePlan;

/**
 * Where the demo gets a runnable service for a candidate: today the services written by
 * hand for the sample, later the ones {@code ficus extract} builds.
 */
public interface ServiceSource {

    /** The service for this candidate, or empty when there is none to run. */
    Optional<RunnableService> serviceFor(CandidatePlan candidate);

    /** Why a candidate has no service here, in a few words. */
    String whyNone(CandidatePlan candidate);

    /** The candidates this source has a service for, for messages. */
    List<String> names();

}
