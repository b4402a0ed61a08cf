package dev.ficus.gateway.api;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.List;

/**
 * A capability's route as the admin API shows it ({@code GET /admin/routes}).
 *
 * @param capability the capability name
 * @param paths its path patterns
 * @param serviceUrl its service
 * @param mode current mode
 * @param weight current canary weight
 * @param circuit state of the service's circuit breaker, e.g. {@code CLOSED}
 * @param rollout the latest rollout, or {@code null}
 * @param instances each instance of its service with its health, {@code serviceUrl}
 * first; empty from gateways before instances were shown
 */
public record RouteView(String capability, List<String> paths, URI serviceUrl, Mode mode, int weight, String circuit,
        @Nullable RolloutView rollout, List<InstanceView> instances) {

    public RouteView {
        instances = instances == null ? List.of() : List.copyOf(instances);
    }

}
