package dev.ficus.gateway.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.ficus.gateway.rollout.Rollout;
import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.DiffSample;

/**
 * What the dashboard shows for one capability.
 *
 * @param name the capability
 * @param mode current mode
 * @param weight current canary weight
 * @param circuit the service's circuit breaker state
 * @param health the latest check of the service's health endpoint (of all its instances)
 * @param instances the latest check of each instance of the service
 * @param rollout the latest rollout with its plan, step, thresholds and reason, or
 * {@code null}
 * @param breaches objectives of that rollout the window's traffic breaks, empty when none
 * or no rollout
 * @param monolith the monolith side
 * @param service the service side
 * @param fallbacks fallbacks to the monolith since start
 * @param shadow what shadow comparisons found
 */
record CapabilityPanel(String name, Mode mode, int weight, String circuit, ServiceHealth.Check health,
        List<ServiceHealth.InstanceCheck> instances, @Nullable Rollout rollout, List<String> breaches,
        SidePanel monolith, SidePanel service, long fallbacks, ShadowPanel shadow) {

    /**
     * Shadow comparisons of a capability since start.
     *
     * @param compared comparisons completed
     * @param differing those that found a difference
     * @param failed shadow calls that failed or timed out
     * @param diffRate differing over compared, 0–1
     * @param latest the latest differing requests, newest first
     */
    record ShadowPanel(long compared, long differing, long failed, double diffRate, List<DiffSample> latest) {
    }

}
