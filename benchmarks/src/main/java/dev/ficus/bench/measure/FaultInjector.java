package dev.ficus.bench.measure;

import dev.ficus.bench.topology.RunningTopology;

/**
 * Makes one capability of a running topology fail, the way a real outage would.
 */
public interface FaultInjector {

    /** One line saying what is done, for reports. */
    String description();

    /**
     * Injects the fault.
     * @throws FaultUnavailableException when this topology offers no way to inject it
     */
    void inject(RunningTopology topology);

    /**
     * Whether {@link #end} can undo the fault, so the topology serves again afterwards.
     */
    default boolean reversible() {
        return false;
    }

    /**
     * Ends the fault.
     * @throws FaultUnavailableException when it cannot be ended (a killed process stays
     * dead)
     */
    default void end(RunningTopology topology) {
        throw new FaultUnavailableException(description() + " cannot be ended");
    }

    /**
     * The fault cannot be injected into this topology; the blast radius is reported as
     * not measured.
     */
    final class FaultUnavailableException extends RuntimeException {

        public FaultUnavailableException(String message) {
            super(message);
        }

    }

}
