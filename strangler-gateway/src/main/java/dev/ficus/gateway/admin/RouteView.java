package dev.ficus.gateway.admin;

import java.net.URI;
import java.util.List;

import dev.ficus.gateway.rollout.Rollout;
import dev.ficus.gateway.routing.Mode;

/**
 * A capability's route as the admin API shows it.
 *
 * @param capability the capability name
 * @param paths its path patterns
 * @param serviceUrl its service
 * @param mode current mode
 * @param weight current canary weight
 * @param circuit state of the service's circuit breaker
 * @param rollout the latest rollout, or {@code null}
 */
record RouteView(String capability, List<String> paths, URI serviceUrl, Mode mode, int weight, String circuit,
        Rollout rollout) {
}
