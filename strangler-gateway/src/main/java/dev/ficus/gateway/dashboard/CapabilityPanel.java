package dev.ficus.gateway.dashboard;

import dev.ficus.gateway.api.Mode;

/**
 * What the dashboard shows for one capability.
 *
 * @param name the capability
 * @param mode current mode
 * @param weight current canary weight
 * @param circuit the service's circuit breaker state
 * @param rollout the latest rollout's status and reason, or {@code null}
 * @param monolith the monolith side
 * @param service the service side
 * @param fallbacks fallbacks to the monolith since start
 * @param shadowCompared shadow comparisons since start
 * @param diffRate share of shadow comparisons that differed
 */
record CapabilityPanel(String name, Mode mode, int weight, String circuit, String rollout, SidePanel monolith,
        SidePanel service, long fallbacks, long shadowCompared, double diffRate) {
}
