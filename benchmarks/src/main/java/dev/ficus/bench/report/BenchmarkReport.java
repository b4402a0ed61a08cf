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
 * @param answersChecked whether 2xx answers were checked against the owners' truth (false
 * in a run from before, whose "wrong answers" are then unknown rather than 0)
 */
public record BenchmarkReport(boolean quick, Instant startedAt, Instant finishedAt, MachineDescription machine,
        BenchmarkPlan plan, List<TopologyResult> topologies, List<String> skipped, Provenance provenance,
        boolean answersChecked) {

    public BenchmarkReport {
        topologies = List.copyOf(topologies);
        skipped = List.copyOf(skipped);
    }

    /** A run of this version, which checks every 2xx answer. */
    public BenchmarkReport(boolean quick, Instant startedAt, Instant finishedAt, MachineDescription machine,
            BenchmarkPlan plan, List<TopologyResult> topologies, List<String> skipped, Provenance provenance) {
        this(quick, startedAt, finishedAt, machine, plan, topologies, skipped, provenance, true);
    }
}
