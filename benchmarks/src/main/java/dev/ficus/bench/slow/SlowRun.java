package dev.ficus.bench.slow;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.scenario.CatalogProbe;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.scenario.ShopTruth;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.Topology;

/**
 * One repeat of one shape: starts it fresh, reads the owners' truth, warms it up, offers
 * the measured load and turns the inventory slow part way through, then ends the slowdown
 * and stops every process.
 */
final class SlowRun {

    /** The mix's seed; the repeat is added, so repeats draw different requests. */
    private static final long MIX_SEED = 20_261_203;

    private final SlowPlan plan;

    private final ProcessLauncher launcher;

    private final Consumer<String> progress;

    SlowRun(SlowPlan plan, ProcessLauncher launcher, Consumer<String> progress) {
        this.plan = plan;
        this.launcher = launcher;
        this.progress = progress;
    }

    SlowRepeat run(SlowShape shape, Topology topology, int repeat) {
        String label = shape.name() + " " + repeat + "/" + plan.repeats();
        progress.accept(label + ": starting " + topology.description());
        try (RunningTopology running = RunningTopology.start(topology,
                launcher.withLogsIn(shape.name() + "-" + repeat))) {
            ShopData data = CatalogProbe.discover(running.entry(), ShopData.CUSTOMER_COUNT_DEFAULT,
                    ShopData.PAGE_SIZE_DEFAULT);
            ShopMix mix = new ShopMix(data, ShopTruth.discover(running.entry(), data.productCount()), MIX_SEED + repeat)
                .withStockChecks(plan.stockCheckPercent());
            try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(running.entry())) {
                LoadResult warmUp = generator.run(profile(plan.warmUp()), mix);
                progress.accept("%s: warmed up with %d requests (%d failed), not counted".formatted(label,
                        warmUp.sent(), warmUp.errors() + warmUp.wrong()));
                SlowRepeat measured = measure(running, generator, mix, shape, repeat, warmUp.sent());
                progress.accept(label + ": " + summary(measured));
                String exits = running.unexpectedExits().isEmpty() ? ""
                        : "processes exited during the run: " + running.unexpectedExits();
                return exits.isEmpty() ? measured
                        : new SlowRepeat(repeat, exits, measured.slowAtMillis(), measured.sent(),
                                measured.warmUpRequests(), measured.circuitOpenings(), measured.circuitDisabled(),
                                measured.figures());
            }
        }
        catch (ProcessFailedException | IllegalStateException ex) {
            String failure = String.valueOf(ex.getMessage()).lines().findFirst().orElse(ex.toString());
            progress.accept(label + ": stopped: " + failure);
            return SlowRepeat.failed(repeat, failure);
        }
    }

    private SlowRepeat measure(RunningTopology running, OpenModelLoadGenerator generator, ShopMix mix, SlowShape shape,
            int repeat, long warmUpRequests) {
        SlowSwitch slow = new SlowSwitch(shape.slowProcess(), plan.delay());
        LatencyLog log = new LatencyLog(mix, plan.rate());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long[] slowAt = { -1 };
        long start = System.nanoTime();
        ScheduledFuture<?> turnOn = timer.schedule(() -> {
            slow.turnOn(running);
            // from when the switch answered: a loaded process answers late
            slowAt[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }, plan.slowAfter().toMillis(), TimeUnit.MILLISECONDS);
        try {
            LoadResult load = generator.run(profile(plan.load()), log);
            awaitTurnedOn(turnOn);
            RepeatFigures figures = RepeatFigures.of(load, log.samples(), slowAt[0]);
            Integer disabled = circuitTransitions(running, shape, " to DISABLED");
            return new SlowRepeat(repeat, "", slowAt[0], load.sent(), warmUpRequests,
                    circuitTransitions(running, shape, " to OPEN"), (disabled == null) ? null : disabled > 0, figures);
        }
        finally {
            timer.shutdownNow();
            end(slow, running);
        }
    }

    private static void awaitTurnedOn(ScheduledFuture<?> turnOn) {
        try {
            turnOn.get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            throw new IllegalStateException("the inventory could not be turned slow: "
                    + ((cause != null) ? String.valueOf(cause.getMessage()) : ex.toString()), ex);
        }
        catch (TimeoutException ex) {
            throw new IllegalStateException("the inventory's switch did not answer within 30 s", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the inventory was turned slow", ex);
        }
    }

    /** Ends the slowdown so the processes drain before they are stopped. */
    private void end(SlowSwitch slow, RunningTopology running) {
        try {
            slow.turnOff(running);
        }
        catch (IllegalStateException ex) {
            progress.accept("could not end the slowdown: " + ex.getMessage());
        }
    }

    private LoadProfile profile(Duration duration) {
        return LoadProfile.of(plan.rate(), duration).withRequestTimeout(plan.requestTimeout());
    }

    /**
     * How often the monolith logged its circuit to inventory-service going {@code to}
     * ({@code " to OPEN"}); null where the inventory is in-process or the log cannot be
     * read.
     */
    private static @Nullable Integer circuitTransitions(RunningTopology running, SlowShape shape, String to) {
        if (shape.circuitBreaker().isEmpty()) {
            return null;
        }
        Path log = running.process(AppJars.MONOLITH).orElseThrow().log();
        try (Stream<String> lines = Files.lines(log)) {
            return (int) lines.filter(line -> line.contains("Circuit of the inventory service") && line.contains(to))
                .count();
        }
        catch (IOException | UncheckedIOException ex) {
            return null;
        }
    }

    private static String summary(SlowRepeat repeat) {
        RepeatFigures figures = repeat.figures();
        if (figures == null) {
            return "not measured";
        }
        return ("not needing inventory: failed %s -> %s, p99 %s -> %s; needing inventory: failed %s -> %s, "
                + "p99 %s -> %s%s")
            .formatted(SlowMeaning.percent(figures.otherBefore().failedShare()),
                    SlowMeaning.percent(figures.otherSlow().failedShare()),
                    SlowMeaning.millis(figures.otherBefore().p99Millis()),
                    SlowMeaning.millis(figures.otherSlow().p99Millis()),
                    SlowMeaning.percent(figures.inventoryBefore().failedShare()),
                    SlowMeaning.percent(figures.inventorySlow().failedShare()),
                    SlowMeaning.millis(figures.inventoryBefore().p99Millis()),
                    SlowMeaning.millis(figures.inventorySlow().p99Millis()),
                    (repeat.circuitOpenings() == null) ? "" : "; circuit opened " + repeat.circuitOpenings() + "x");
    }

}
