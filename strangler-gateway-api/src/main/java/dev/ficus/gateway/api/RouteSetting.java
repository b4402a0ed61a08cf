package dev.ficus.gateway.api;

import java.util.Objects;

/**
 * The mode of one capability and, in {@link Mode#CANARY}, the percentage of users sent to
 * the service.
 *
 * @param mode the routing mode
 * @param weight 0–100; normalised to 0 for monolith-only modes and to 100 for
 * {@link Mode#SERVICE}
 */
public record RouteSetting(Mode mode, int weight) {

    public RouteSetting {
        Objects.requireNonNull(mode, "mode");
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("weight must be between 0 and 100, was " + weight);
        }
        weight = switch (mode) {
            case MONOLITH, SHADOW -> 0;
            case SERVICE -> 100;
            case CANARY -> weight;
        };
    }

    public static RouteSetting monolith() {
        return new RouteSetting(Mode.MONOLITH, 0);
    }

    public static RouteSetting canary(int weight) {
        return new RouteSetting(Mode.CANARY, weight);
    }

    public static RouteSetting service() {
        return new RouteSetting(Mode.SERVICE, 100);
    }

}
