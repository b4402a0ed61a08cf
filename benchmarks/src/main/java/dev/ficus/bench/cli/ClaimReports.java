package dev.ficus.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.ficus.bench.change.ChangeCostVerdict;
import dev.ficus.bench.redeploy.RedeployVerdict;
import dev.ficus.bench.scale.ScaleOutVerdict;
import dev.ficus.bench.slow.SlowDependencyVerdict;
import dev.ficus.bench.report.ClaimVerdict;

/**
 * The claims' own reports beside the comparison's, read for its "When it pays" section; a
 * claim not measured yet (or only by a --quick run) is left out.
 */
final class ClaimReports {

    private ClaimReports() {
    }

    static List<ClaimVerdict> read(Path benchmarks) {
        List<ClaimVerdict> verdicts = new ArrayList<>();
        ChangeCostVerdict.read(benchmarks).ifPresent(verdicts::add);
        SlowDependencyVerdict.read(benchmarks).ifPresent(verdicts::add);
        ScaleOutVerdict.read(benchmarks).ifPresent(verdicts::add);
        RedeployVerdict.read(benchmarks).ifPresent(verdicts::add);
        return verdicts;
    }

}
