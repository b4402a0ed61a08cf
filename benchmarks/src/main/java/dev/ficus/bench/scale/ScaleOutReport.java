package dev.ficus.bench.scale;

import java.util.List;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

/**
 * Everything {@code bench scale-out} measured and concluded, as written to
 * {@code results.json}.
 *
 * @param quick whether this was a {@code --quick} harness check (its figures measure
 * nothing)
 * @param started when the run started (ISO-8601)
 * @param finished when it ended
 * @param provenance command line, git commit, machine, load average before and after
 * @param machine the machine and how CPUs were split between generator and system under
 * test
 * @param systemUnderTestCpus how many CPUs the processes under test were pinned to, 0
 * when not pinned
 * @param mix the load: the share of each endpoint, percent
 * @param plan warm-up, fixed rate, sweep and SLO of every repeat
 * @param topologies the four topologies' figures, in comparison order
 * @param gains one more monolith, then one more catalog-service
 * @param verdict the sentence saying which paid more, or that neither did
 * @param measurements every repeat as the main benchmark records it
 */
public record ScaleOutReport(boolean quick, String started, String finished, Provenance provenance,
        MachineDescription machine, int systemUnderTestCpus, List<EndpointShare> mix, BenchmarkPlan plan,
        List<ScaleFigures> topologies, List<ScaleGain> gains, String verdict, List<TopologyResult> measurements) {

    public ScaleOutReport {
        mix = List.copyOf(mix);
        topologies = List.copyOf(topologies);
        gains = List.copyOf(gains);
        measurements = List.copyOf(measurements);
    }

    /**
     * One endpoint's share of the load.
     *
     * @param endpoint endpoint label
     * @param percent share of all requests
     */
    public record EndpointShare(String endpoint, double percent) {
    }

}
