package dev.ficus.bench.faults;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ficus.bench.topology.AppJars;

/**
 * One process to kill -9 and start again, and how the client should see it.
 *
 * @param process the process name in the topology
 * @param capabilities the capabilities its crash takes away
 * @param ownerSide what the gateway's {@code X-Ficus-Served-By} says for an answer of
 * this process
 * @param fallbackSide what it says for an answer of the fallback, empty when there is
 * none
 * @param instances how many instances of the killed process's application run (1: the
 * only one is killed; more: one of them is, and the others keep serving its capability)
 */
public record Fault(String process, Set<String> capabilities, String ownerSide, Optional<String> fallbackSide,
        int instances) {

    public static final Fault CATALOG_SERVICE = new Fault(AppJars.CATALOG_SERVICE, Set.of("catalog"), "service",
            Optional.of("monolith"), 1);

    public static final Fault INVENTORY_SERVICE = new Fault(AppJars.INVENTORY_SERVICE, Set.of("inventory"), "service",
            Optional.of("monolith"), 1);

    public static final Fault MONOLITH = new Fault(AppJars.MONOLITH, Set.of("orders"), "monolith", Optional.empty(), 1);

    /** Every fault, in the order a run injects them. */
    public static final List<Fault> ALL = List.of(CATALOG_SERVICE, INVENTORY_SERVICE, MONOLITH);

    public Fault {
        if (instances < 1) {
            throw new IllegalArgumentException("instances must be at least 1, got " + instances);
        }
    }

    public static Optional<Fault> named(String process) {
        return ALL.stream().filter(fault -> fault.process().equals(process)).findFirst();
    }

    /**
     * This fault in a shape with {@code instances} instances of each service and of the
     * monolith: the kill then takes down one of them, and no answer comes from a fallback
     * (the monolith's copy is never read for service-owned data; another instance answers
     * in the killed one's place).
     */
    public Fault inShapeWith(int instances) {
        if (instances == 1) {
            return this;
        }
        return new Fault(process, capabilities, ownerSide, Optional.empty(), instances);
    }

    /** Whether other instances keep serving the capability while this one is down. */
    public boolean redundant() {
        return instances > 1;
    }
}
