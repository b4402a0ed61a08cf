package dev.ficus.bench.measure;

import java.util.List;
import java.util.function.Supplier;

import dev.ficus.bench.topology.Topology;

/**
 * A topology to benchmark and the faults that show its blast radius, in the order they
 * are injected (reversible ones first: a killed process stays dead); each repeat gets a
 * freshly described topology (new free ports).
 *
 * @param name topology name used in reports
 * @param topology creates the topology description for one repeat
 * @param faults the faults injected under load, one load each
 */
public record BenchmarkTarget(String name, Supplier<Topology> topology, List<FaultCase> faults) {

    public BenchmarkTarget {
        faults = List.copyOf(faults);
        for (int i = 0; i < faults.size() - 1; i++) {
            if (!faults.get(i).injector().reversible()) {
                throw new IllegalArgumentException("only the last fault may be one that cannot be ended: " + faults);
            }
        }
    }

    /** One fault standing for every comparison row. */
    public static BenchmarkTarget of(String name, Supplier<Topology> topology, FaultInjector fault) {
        return new BenchmarkTarget(name, topology, List.of(new FaultCase(FaultCase.ROWS, fault)));
    }

    /** What each fault does, for reports. */
    public List<String> faultDescriptions() {
        return faults.stream().map(fault -> fault.injector().description()).toList();
    }
}
