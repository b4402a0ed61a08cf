package dev.ficus.plan;

import java.util.List;
import java.util.SortedMap;

/**
 * How traffic moves to the extracted service through the strangler gateway.
 *
 * @param paths path patterns of the capability, sorted
 * @param endpoints the candidate's HTTP entry points, e.g. {@code GET
 * /api/catalog/products/{id}}, sorted
 * @param port port proposed for the service
 * @param gatewayProperties the gateway's configuration entries for the capability, sorted
 * by key
 * @param rolloutSteps service weights in percent, in order
 * @param slo thresholds that stop and roll back a rollout step
 */
public record Traffic(List<String> paths, List<String> endpoints, int port, SortedMap<String, String> gatewayProperties,
        List<Integer> rolloutSteps, Slo slo) {

    public Traffic {
        paths = List.copyOf(paths);
        endpoints = List.copyOf(endpoints);
        rolloutSteps = List.copyOf(rolloutSteps);
    }

    /**
     * Service level objectives a rollout step must hold.
     *
     * @param maxErrorRate highest share of failed requests on the service side
     * @param maxP99Ratio highest p99 latency of the service relative to the monolith's
     * @param maxShadowDiffRate highest share of shadow responses that differ from the
     * monolith's
     * @param minRequestsPerStep requests a step must see before it may advance
     */
    public record Slo(double maxErrorRate, double maxP99Ratio, double maxShadowDiffRate, int minRequestsPerStep) {
    }
}
