package dev.ficus.bench.measure;

import java.util.List;

/**
 * All repeats of one topology and their summary.
 *
 * @param name topology name
 * @param description one line for humans
 * @param processes process names in start order
 * @param faults the faults injected for the blast radius, in order
 * @param repeats every repeat, failed ones included
 * @param summary median with min–max over the successful repeats
 */
public record TopologyResult(String name, String description, List<String> processes, List<String> faults,
        List<RepeatResult> repeats, TopologySummary summary) {

    public TopologyResult {
        processes = List.copyOf(processes);
        faults = (faults == null) ? List.of() : List.copyOf(faults);
        repeats = List.copyOf(repeats);
    }

    public List<String> failures() {
        return repeats.stream()
            .filter(repeat -> !repeat.succeeded())
            .map(repeat -> "repeat " + repeat.repeat() + ": " + repeat.failure())
            .toList();
    }
}
