package dev.ficus.bench.change;

import java.util.List;
import java.util.Optional;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

/**
 * {@code change-cost.json}: what one change cost in each shape of the sample, measured.
 *
 * @param provenance command line, commit, machine and load around the run
 * @param machine the machine and JVM flags of the started processes
 * @param quick whether this was a harness check (no tests ran, one repeat)
 * @param repeats how many times each build and each start was timed
 * @param analysed the code the reach was read from
 * @param reach how far a change to each candidate reaches, from the analysis
 * @param builds the changed unit's build and test in each shape
 * @param starts the time from launching the changed deployable to its readiness
 */
public record ChangeCostReport(Provenance provenance, MachineDescription machine, boolean quick, int repeats,
        String analysed, List<ChangeReach> reach, List<BuildResult> builds, List<StartResult> starts) {

    public ChangeCostReport {
        reach = List.copyOf(reach);
        builds = List.copyOf(builds);
        starts = List.copyOf(starts);
    }

    /**
     * The timed builds of one unit.
     *
     * @param build what was built and how
     * @param timings each successful build's wall and CPU time, its forked processes'
     * included
     * @param failure why a build failed (its exit code and log), empty when none did
     */
    public record BuildResult(UnitBuild build, Timings timings, String failure) {
    }

    /**
     * The timed starts of one deployable.
     *
     * @param shape the deployment shape
     * @param process what was started
     * @param timings each start's wall and CPU time from launch to readiness
     * @param failure why a start failed, empty when none did
     */
    public record StartResult(String shape, String process, Timings timings, String failure) {
    }

    /** The build of the unit named {@code unit}, if it ran. */
    public Optional<BuildResult> build(String unit) {
        return builds.stream().filter(result -> result.build().unit().equals(unit)).findFirst();
    }

    /** The start of the process named {@code process}, if it ran. */
    public Optional<StartResult> start(String process) {
        return starts.stream().filter(result -> result.process().equals(process)).findFirst();
    }

}
