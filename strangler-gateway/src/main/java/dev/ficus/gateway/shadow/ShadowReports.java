package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.ShadowReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;

import dev.ficus.gateway.routing.Capability;

/**
 * Shadow comparison results of every capability.
 */
public class ShadowReports {

    private final Map<String, ShadowResults> results = new ConcurrentHashMap<>();

    private final MeterRegistry registry;

    private final int samples;

    /** Results of the given capabilities; one added later is reported from its start. */
    ShadowReports(List<Capability> capabilities, MeterRegistry registry, int samples) {
        this.registry = registry;
        this.samples = samples;
        capabilities.forEach(capability -> of(capability.name()));
    }

    public ShadowReport report(String capability) {
        return of(capability).report();
    }

    /**
     * Starts the capability's comparison afresh (the rollout judges the diff rate since);
     * answers the results it had.
     */
    public ShadowReport reset(String capability) {
        return of(capability).reset();
    }

    ShadowResults of(String capability) {
        return results.computeIfAbsent(capability, name -> new ShadowResults(registry, name, samples));
    }

}
