package dev.ficus.bench.measure;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.measure.CpuWatch.Reading;
import dev.ficus.bench.scenario.CatalogProbe;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.scenario.ShopTruth;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessUsage;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.Topology;

/**
 * One repeat on one topology: start it fresh, warm up until the JIT has settled, measure
 * fixed rates, sweep for the sustainable rate, inject the fault, stop everything.
 */
final class TopologyTrial {

    /**
     * Seed of the request mix; each repeat adds its number so repeats differ but runs
     * repeat exactly.
     */
    static final long MIX_SEED_DEFAULT = 20261125L;

    private final BenchmarkPlan plan;

    private final ProcessLauncher launcher;

    private final int customerCount;

    private final Progress progress;

    private final List<Integer> cpus;

    private final UnaryOperator<ShopMix> mixShape;

    private final RepeatProbe probe;

    TopologyTrial(BenchmarkPlan plan, ProcessLauncher launcher, int customerCount, Progress progress) {
        this(plan, launcher, customerCount, progress, UnaryOperator.identity(), RepeatProbe.NONE);
    }

    /**
     * A trial whose load is the shop mix as {@code mixShape} makes it, and that lets
     * {@code probe} read the processes after the load.
     */
    TopologyTrial(BenchmarkPlan plan, ProcessLauncher launcher, int customerCount, Progress progress,
            UnaryOperator<ShopMix> mixShape, RepeatProbe probe) {
        this.mixShape = mixShape;
        this.probe = probe;
        this.plan = plan;
        this.launcher = launcher;
        this.customerCount = customerCount;
        this.progress = progress;
        this.cpus = launcher.affinity().systemUnderTestCpus();
    }

    RepeatResult run(Topology topology, List<FaultCase> faults, int repeat) {
        String label = "%s %d/%d".formatted(topology.name(), repeat, plan.repeats());
        progress.step(label + ": starting " + topology.processes().size() + " process(es)");
        long launched = System.nanoTime();
        try (RunningTopology running = RunningTopology.start(topology,
                launcher.withLogsIn(topology.name() + "-" + repeat))) {
            long startToReady = Duration.ofNanos(System.nanoTime() - launched).toMillis();
            progress.step(label + ": ready in " + startToReady + " ms " + readiness(running));
            return new Measurement(running, label, repeat, startToReady).measure(faults);
        }
        catch (ProcessFailedException | IllegalStateException ex) {
            progress.step(label + ": FAILED " + firstLine(ex.getMessage()));
            return RepeatResult.failed(repeat, String.valueOf(ex.getMessage()));
        }
    }

    /** The measuring part of one repeat, against a topology that is up. */
    private final class Measurement {

        private final RunningTopology running;

        private final String label;

        private final int repeat;

        private final long startToReady;

        private final List<LoadResult> fixed = new ArrayList<>();

        private final List<Map<String, Double>> fixedCpuSeconds = new ArrayList<>();

        private final List<SweepPoint> sweep = new ArrayList<>();

        private final Map<String, Integer> exits = new LinkedHashMap<>();

        private Map<String, ProcessUsage> atReady = Map.of();

        private @Nullable Reading beforeFixed;

        private @Nullable Reading afterFixed;

        private @Nullable WarmUpResult warmUp;

        private CpuNoise fixedNoise = CpuNoise.NOT_MEASURED;

        private CpuNoise sweepNoise = CpuNoise.NOT_MEASURED;

        private final List<BlastRadius> blasts = new ArrayList<>();

        private String failure = "";

        private final CpuWatch cpu;

        Measurement(RunningTopology running, String label, int repeat, long startToReady) {
            this.running = running;
            this.label = label;
            this.repeat = repeat;
            this.startToReady = startToReady;
            this.cpu = new CpuWatch(running, cpus, progress, label);
        }

        RepeatResult measure(List<FaultCase> faults) {
            atReady = running.sample();
            ShopData data = CatalogProbe.discover(running.entry(), customerCount, ShopData.PAGE_SIZE_DEFAULT);
            // what every answer is checked against: the owners' answers before any load
            ShopMix mix = mixShape.apply(new ShopMix(data, ShopTruth.discover(running.entry(), data.productCount()),
                    MIX_SEED_DEFAULT + repeat));
            try (var generator = new OpenModelLoadGenerator(running.entry())) {
                warmUp = warmUp(generator, mix);
                if (stillHealthy("warm-up")) {
                    cpu.awaitQuiet("warm-up");
                    measureFixedRates(generator, mix);
                }
                if (stillHealthy("fixed rates")) {
                    sweep(generator, mix);
                }
                blasts.addAll(new FaultRuns(running, plan.blastRadius(), cpu, progress, label).injectEach(generator,
                        mix, faults, this::stillHealthy));
            }
            probe.afterLoad(repeat, running);
            Map<String, ProcessUsage> atEnd = running.sample();
            exits.putAll(running.unexpectedExits());
            List<SweepPoint> points = new ArrayList<>(sweep);
            return new RepeatResult(repeat, startToReady, warmUp, fixed, points,
                    ThroughputSearch.maxSustainable(points), resources(atEnd),
                    new RepeatResult.Noise(fixedNoise, sweepNoise), blasts, exits, failure);
        }

        private WarmUpResult warmUp(OpenModelLoadGenerator generator, ShopMix mix) {
            BenchmarkPlan.Warmup plan = TopologyTrial.this.plan.warmUp();
            List<WarmUpWindow> windows = new ArrayList<>();
            long start = System.nanoTime();
            double rate = plan.startRate();
            while (true) {
                Reading before = cpu.read();
                LoadResult load = generator.run(LoadProfile.of(rate, plan.window()), mix);
                Reading after = cpu.read();
                WarmUpWindow window = WarmUpWindow.of(rate, load.sent(), load.errors(),
                        after.cpuSecondsByProcessSince(before), after.jitSecondsByProcessSince(before));
                windows.add(window);
                progress.step(label + ": warm-up %.0f/s, %d sent, %d errors, %.2f ms CPU per request, JIT %.0f %%"
                    .formatted(rate, load.sent(), load.errors(), window.cpuSecondsPerRequest() * 1000,
                            window.highestJitShare() * 100));
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                boolean settled = plan.settled(windows);
                if (settled || !plan.hasTimeFor(elapsed) || !running.unexpectedExits().isEmpty()) {
                    WarmUpResult result = new WarmUpResult(elapsed.toMillis(), windows, settled);
                    progress.step(label + ": warmed up with %d requests in %d s, %s".formatted(result.requests(),
                            elapsed.toSeconds(), settled ? "CPU per request settled" : "CPU per request NOT settled"));
                    return result;
                }
                rate = plan.nextRate(window, cpu.cpuCount());
            }
        }

        private void measureFixedRates(OpenModelLoadGenerator generator, ShopMix mix) {
            beforeFixed = cpu.read();
            Reading before = beforeFixed;
            for (double rate : plan.fixedRates()) {
                LoadResult result = generator.run(LoadProfile.of(rate, plan.pointDuration()), mix);
                Reading after = cpu.read();
                fixed.add(result);
                fixedCpuSeconds.add(after.cpuSecondsByProcessSince(before));
                before = after;
                progress.step(label + ": " + result.describe());
            }
            afterFixed = before;
            fixedNoise = cpu.noise(beforeFixed, before);
            if (fixedNoise.exceedsWarning()) {
                progress.step(label + ": WARNING other processes took %.1f %% of CPU %s during the fixed rates"
                    .formatted(fixedNoise.stolenShare() * 100, cpus));
            }
        }

        private void sweep(OpenModelLoadGenerator generator, ShopMix mix) {
            for (int point = 0; point < fixed.size(); point++) {
                sweep.add(SweepPoint.fromFixedRate(fixed.get(point), plan.slo(), fixedCpuSeconds.get(point),
                        cpu.cpuCount()));
            }
            List<Double> rates = ThroughputSearch.ratesToTry(plan.sweepRates(), sweep);
            progress.step(label + ": sweep " + rates + " req/s (fixed rates give the verdicts at and below them)");
            for (double rate : rates) {
                if (!sustainedAt(generator, mix, rate)) {
                    return;
                }
            }
            if (!sweep.stream().allMatch(SweepPoint::sustained)) {
                return;
            }
            // the SLO held up to the top of the list: extend until it breaks or the
            // ceiling
            OptionalDouble next = plan.extendedRateAfter(sweep.stream().mapToDouble(SweepPoint::rate).max().orElse(0));
            while (next.isPresent() && sustainedAt(generator, mix, next.getAsDouble())) {
                next = plan.extendedRateAfter(next.getAsDouble());
            }
        }

        /**
         * Measures one sweep point; whether it met the SLO with every process still
         * running.
         */
        private boolean sustainedAt(OpenModelLoadGenerator generator, ShopMix mix, double rate) {
            Reading before = cpu.read();
            LoadResult result = generator.run(LoadProfile.of(rate, plan.sweepPointDuration()), mix);
            Reading after = cpu.read();
            Reading quiet = cpu.awaitQuiet("%.0f req/s point".formatted(rate));
            SweepPoint point = SweepPoint.of(result, plan.slo(), quiet.cpuSecondsByProcessSince(before),
                    (quiet.nanos() - after.nanos()) / 1_000_000, cpu.cpuCount());
            sweepNoise = sweepNoise.plus(cpu.noise(before, quiet));
            sweep.add(point);
            progress.step(label
                    + ": sweep %.0f/s -> p99 %.1f ms, errors %.2f %%, wrong %.2f %%, %.2f ms CPU per request".formatted(
                            rate, point.p99Millis(), point.errorRate() * 100, point.wrongRate() * 100,
                            point.cpuSecondsPerRequest() * 1000)
                    + ", %.0f %% of the CPU, quiet %.1f s after, %s".formatted(point.cpuShare() * 100,
                            point.drainMillis() / 1000.0, point.sustained() ? "sustained" : "NOT sustained"));
            return point.sustained() && running.unexpectedExits().isEmpty();
        }

        private boolean stillHealthy(String phase) {
            Map<String, Integer> crashed = running.unexpectedExits();
            if (crashed.isEmpty()) {
                return true;
            }
            exits.putAll(crashed);
            failure = "process(es) exited during " + phase + ": " + crashed;
            progress.step(label + ": " + failure);
            return false;
        }

        private Map<String, ProcessResources> resources(Map<String, ProcessUsage> atEnd) {
            Map<String, ProcessResources> resources = new LinkedHashMap<>();
            Reading before = beforeFixed;
            Reading after = afterFixed;
            atEnd.forEach((name, end) -> {
                ProcessUsage ready = known(atReady, name);
                double fixedCpu = (before == null || after == null) ? Double.NaN
                        : known(after.processes(), name).cpuSecondsSince(known(before.processes(), name));
                resources.put(name, new ProcessResources(known(running.startToReady(), name).toMillis(),
                        ready.cpuSeconds(), fixedCpu, end.peakRssBytes()));
            });
            return resources;
        }

    }

    private static String readiness(RunningTopology running) {
        StringBuilder text = new StringBuilder("(");
        running.startToReady()
            .forEach((name, time) -> text.append(text.length() > 1 ? ", " : "")
                .append(name)
                .append(' ')
                .append(time.toMillis())
                .append(" ms"));
        return text.append(')').toString();
    }

    /** A reading of a process the topology started, which every sample has. */
    private static <T> T known(Map<String, T> byProcess, String name) {
        return Objects.requireNonNull(byProcess.get(name), () -> "no reading of process " + name);
    }

    private static String firstLine(@Nullable String message) {
        return (message == null) ? "" : message.lines().findFirst().orElse("");
    }

}
