package dev.ficus.bench.topology;

import java.util.List;
import java.util.Objects;

/**
 * A deployment shape to benchmark: the processes to start, in dependency order, and which
 * one receives the load.
 *
 * @param name short name used in reports, e.g. {@code "monolith"}
 * @param description one line for humans
 * @param processes processes, in the order they are launched and reported
 * @param entry name of the process the load generator talks to
 */
public record Topology(String name, String description, List<ProcessSpec> processes, String entry) {

    public Topology {
        processes = List.copyOf(processes);
        if (processes.stream().noneMatch(process -> process.name().equals(entry))) {
            throw new IllegalArgumentException("entry " + entry + " is not a process of topology " + name);
        }
        if (processes.stream().map(ProcessSpec::name).distinct().count() != processes.size()) {
            throw new IllegalArgumentException("process names must be unique in topology " + name);
        }
        Objects.requireNonNull(description, "description");
    }

    public ProcessSpec entryProcess() {
        return processes.stream().filter(process -> process.name().equals(entry)).findFirst().orElseThrow();
    }
}
