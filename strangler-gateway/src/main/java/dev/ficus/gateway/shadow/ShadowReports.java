package dev.ficus.gateway.shadow;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;

import dev.ficus.gateway.routing.Capability;

/**
 * Shadow comparison results of every capability.
 */
public class ShadowReports {

    private final Map<String, ShadowResults> results;

    ShadowReports(List<Capability> capabilities, MeterRegistry registry, int samples) {
        this.results = capabilities.stream()
            .collect(Collectors.toUnmodifiableMap(Capability::name,
                    capability -> new ShadowResults(registry, capability.name(), samples)));
    }

    public ShadowReport report(String capability) {
        return of(capability).report();
    }

    ShadowResults of(String capability) {
        ShadowResults found = results.get(capability);
        if (found == null) {
            throw new IllegalArgumentException("Unknown capability " + capability);
        }
        return found;
    }

}
