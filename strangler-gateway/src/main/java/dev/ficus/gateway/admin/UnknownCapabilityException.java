package dev.ficus.gateway.admin;

/**
 * Thrown when an admin request names a capability the gateway does not know.
 */
class UnknownCapabilityException extends RuntimeException {

    UnknownCapabilityException(String capability, Object known) {
        super("Unknown capability '" + capability + "'; known: " + known);
    }

}
