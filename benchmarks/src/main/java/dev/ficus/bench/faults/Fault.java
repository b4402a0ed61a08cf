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
 */
public record Fault(String process, Set<String> capabilities, String ownerSide, Optional<String> fallbackSide) {

    public static final Fault CATALOG_SERVICE = new Fault(AppJars.CATALOG_SERVICE, Set.of("catalog"), "service",
            Optional.of("monolith"));

    public static final Fault INVENTORY_SERVICE = new Fault(AppJars.INVENTORY_SERVICE, Set.of("inventory"), "service",
            Optional.of("monolith"));

    public static final Fault MONOLITH = new Fault(AppJars.MONOLITH, Set.of("orders"), "monolith", Optional.empty());

    /** Every fault, in the order a run injects them. */
    public static final List<Fault> ALL = List.of(CATALOG_SERVICE, INVENTORY_SERVICE, MONOLITH);

    public static Optional<Fault> named(String process) {
        return ALL.stream().filter(fault -> fault.process().equals(process)).findFirst();
    }
}
