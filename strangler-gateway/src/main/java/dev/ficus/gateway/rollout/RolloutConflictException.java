package dev.ficus.gateway.rollout;

/**
 * Thrown when a rollout command does not fit the rollout's state, e.g. pausing when none
 * is running.
 */
public class RolloutConflictException extends RuntimeException {

    public RolloutConflictException(String message) {
        super(message);
    }

}
