package dev.ficus.bench.measure;

import java.util.function.Supplier;

import dev.ficus.bench.topology.Topology;

/**
 * A topology to benchmark and the fault that shows its blast radius; each repeat gets a
 * freshly described topology (new free ports).
 *
 * @param name topology name used in reports
 * @param topology creates the topology description for one repeat
 * @param fault the fault injected under load
 */
public record BenchmarkTarget(String name, Supplier<Topology> topology, FaultInjector fault) {
}
