package dev.ficus.gateway.api;

/**
 * Where a rollout stands.
 */
public enum RolloutStatus {

    RUNNING, PAUSED, COMPLETED, ROLLED_BACK, ABORTED, PROMOTED, SUPERSEDED;

    /** Whether the rollout may still change the route. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }

}
