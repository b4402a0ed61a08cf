package dev.ficus.gateway.routing;

/**
 * Thrown when a capability cannot be added or removed as asked because of how it already
 * stands: its name is taken, or it comes from the configuration.
 */
public class CapabilityConflictException extends RuntimeException {

    public CapabilityConflictException(String message) {
        super(message);
    }

}
