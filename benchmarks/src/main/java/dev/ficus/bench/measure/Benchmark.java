package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.Topology;

/**
 * Runs a plan against every target in turn, one topology at a time, and collects the
 * results.
 */
public final class Benchmark {

    private final BenchmarkPlan plan;

    private final TopologyTrial trial;

    private final Progress progress;

    public Benchmark(BenchmarkPlan plan, ProcessLauncher launcher, int customerCount, Progress progress) {
        this.plan = plan;
        this.trial = new TopologyTrial(plan, launcher, customerCount, progress);
        this.progress = progress;
    }

    /**
     * A benchmark whose load is the shop mix as {@code mixShape} makes it (e.g.
     * {@link ShopMix#withCatalogReads}), and that lets {@code probe} read each started
     * topology's processes after its load.
     */
    public Benchmark(BenchmarkPlan plan, ProcessLauncher launcher, int customerCount, Progress progress,
            UnaryOperator<ShopMix> mixShape, RepeatProbe probe) {
        this.plan = plan;
        this.trial = new TopologyTrial(plan, launcher, customerCount, progress, mixShape, probe);
        this.progress = progress;
    }

    public List<TopologyResult> run(List<BenchmarkTarget> targets) {
        List<TopologyResult> results = new ArrayList<>();
        for (BenchmarkTarget target : targets) {
            results.add(run(target));
        }
        return results;
    }

    private TopologyResult run(BenchmarkTarget target) {
        List<RepeatResult> repeats = new ArrayList<>();
        Topology shape = null;
        for (int repeat = 1; repeat <= plan.repeats(); repeat++) {
            shape = target.topology().get();
            repeats.add(trial.run(shape, target.faults(), repeat));
        }
        TopologySummary summary = TopologySummary.of(repeats, plan.fixedRates());
        progress.step("%s: done, %d of %d repeats succeeded".formatted(target.name(), summary.successfulRepeats(),
                plan.repeats()));
        Objects.requireNonNull(shape, "a plan has at least one repeat");
        return new TopologyResult(target.name(), shape.description(),
                shape.processes().stream().map(ProcessSpec::name).toList(), target.faultDescriptions(), repeats,
                summary);
    }

}
