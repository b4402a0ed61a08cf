package dev.ficus.bench.measure;

import dev.ficus.bench.topology.RunningTopology;

/**
 * Reads what a benchmark needs from a topology's processes once a repeat's load is over,
 * while they still run (e.g. how many requests each instance served).
 */
@FunctionalInterface
public interface RepeatProbe {

    RepeatProbe NONE = (repeat, running) -> {
    };

    /**
     * Called once per successful start of a topology, after its load and before its
     * processes stop.
     */
    void afterLoad(int repeat, RunningTopology running);

}
