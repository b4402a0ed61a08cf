package dev.ficus.bench.report;

import java.time.Instant;
import java.util.List;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.provenance.Provenance;

/**
 * One complete benchmark run: what was planned, where it ran, and what every topology
 * did; written as {@code results.json} and rendered as {@code summary.md} and
 * {@code report.html}.
 *
 * @param quick whether this was the short harness check rather than a measurement
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param machine the machine description
 * @param plan the plan that ran
 * @param topologies one result per topology, in run order
 * @param skipped topologies that could not be run at all, with the reason
 * @param provenance the command line, commit, machine and load average; {@code null} for
 * a run from before it was recorded
 */
public record BenchmarkReport(boolean quick, Instant startedAt, Instant finishedAt, MachineDescription machine,
        BenchmarkPlan plan, List<TopologyResult> topologies, List<String> skipped, Provenance provenance) {

    public BenchmarkReport {
        topologies = List.copyOf(topologies);
        skipped = List.copyOf(skipped);
    }
}
