package dev.ficus.bench.redeploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dev.ficus.bench.faults.Database;
import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.scenario.ShopTruth;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * Runs one redeploy case: starts its shape on PostgreSQL, reads the owners' truth, warms
 * it up, then redeploys it {@link RedeployPlan#repeats()} times in a row, each under a
 * load of its own.
 */
final class RedeployBenchmark {

    /** The applications whose schemas a case creates and drops. */
    static final List<String> APPLICATIONS = List.of(AppJars.CATALOG_SERVICE, AppJars.INVENTORY_SERVICE,
            AppJars.MONOLITH);

    private final RedeployPlan plan;

    private final AppJars jars;

    private final ProcessLauncher launcher;

    private final Path work;

    private final Consumer<String> progress;

    RedeployBenchmark(RedeployPlan plan, AppJars jars, ProcessLauncher launcher, Path work, Consumer<String> progress) {
        this.plan = plan;
        this.jars = jars;
        this.launcher = launcher;
        this.work = work;
        this.progress = progress;
    }

    CaseResult run(RedeployCase redeploy) {
        Consumer<String> tagged = line -> progress.accept(redeploy.id() + ": " + line);
        List<RepeatResult> repeats = new ArrayList<>();
        String failure = "";
        Topology shape = onPostgres(
                redeploy.shape(new ShopTopologies(jars, work.resolve(redeploy.id()), plan.productCount())));
        ProcessLauncher logged = launcher.withLogsIn(redeploy.id());
        try {
            Database.POSTGRES.reset(APPLICATIONS);
            tagged.accept("starting " + shape.description());
            try (RunningTopology topology = RunningTopology.start(shape, logged)) {
                ShopTruth truth = ShopTruth.discover(topology.entry(), plan.productCount());
                ShopMix mix = new ShopMix(
                        new ShopData(plan.productCount(), ShopData.CUSTOMER_COUNT_DEFAULT, ShopData.PAGE_SIZE_DEFAULT),
                        truth, 25 + redeploy.ordinal())
                    .withStockChecks(plan.stockCheckPercent());
                RollingRestart rolling = new RollingRestart(topology, logged.withNiceness(plan.relaunchNiceness()),
                        plan.readyTimeout(), tagged);
                try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(topology.entry())) {
                    LoadResult warmUp = generator.run(LoadProfile.of(plan.rate(), plan.warmUp()), mix);
                    tagged.accept("warmed up: " + warmUp.sent() + " requests in " + plan.warmUp().toSeconds()
                            + " s, not counted");
                    for (int repeat = 1; repeat <= plan.repeats(); repeat++) {
                        tagged.accept("redeploy " + repeat + "/" + plan.repeats());
                        RepeatResult result = repeat(repeat, redeploy, generator, mix, rolling, topology);
                        tagged.accept("redeploy " + repeat + ": " + result.failed() + " failed, " + result.wrong()
                                + " wrong of " + result.requests() + " requests; wall time " + result.wallMillis()
                                + " ms");
                        repeats.add(result);
                    }
                }
            }
        }
        catch (ProcessFailedException | IllegalStateException ex) {
            failure = String.valueOf(ex.getMessage()).lines().findFirst().orElse(ex.toString());
            tagged.accept("stopped: " + failure);
        }
        finally {
            dropSchemas(tagged);
        }
        return CaseResult.of(redeploy, shape.description(), repeats, failure);
    }

    private RepeatResult repeat(int number, RedeployCase redeploy, OpenModelLoadGenerator generator, ShopMix mix,
            RollingRestart rolling, RunningTopology topology) {
        OpenEndedLoad load = new OpenEndedLoad(mix);
        LoadProfile profile = new LoadProfile(plan.rate(), plan.maxLoad(), plan.maxRequests(),
                LoadProfile.REQUEST_TIMEOUT_DEFAULT, LoadProfile.TIMELINE_BUCKET_DEFAULT);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<LoadResult> running = runner.submit(() -> generator.run(profile, load));
            long origin = load.awaitStart();
            Thread.sleep(plan.beforeStop().toMillis());
            List<RestartStep> steps = rolling.restart(redeploy.restarted(), origin);
            Thread.sleep(plan.afterReady().toMillis());
            load.finish();
            long loadMillis = (System.nanoTime() - origin) / 1_000_000;
            LoadResult result = running.get();
            List<RestartStep> served = steps.stream()
                .map(step -> step.withServedRequests(ServedRequests.read(port(topology, step.process()))))
                .toList();
            return RepeatResult.of(number, result, loadMillis, served);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("the load failed: " + ex.getCause(), ex);
        }
        finally {
            load.finish();
            runner.shutdownNow();
        }
    }

    private static int port(RunningTopology topology, String process) {
        return topology.process(process).orElseThrow().port();
    }

    private void dropSchemas(Consumer<String> progress) {
        try {
            Database.POSTGRES.reset(APPLICATIONS);
        }
        catch (IllegalStateException ex) {
            progress.accept("could not drop the run's schemas: " + ex.getMessage());
        }
    }

    /**
     * The shape with every application's data in its PostgreSQL schema, shared by its
     * instances.
     */
    static Topology onPostgres(Topology shape) {
        List<ProcessSpec> processes = shape.processes().stream().map(spec -> {
            List<String> arguments = new ArrayList<>(spec.arguments());
            Database.POSTGRES.properties(ShopTopologies.applicationOf(spec.name()))
                .forEach(property -> arguments.add("--" + property));
            return new ProcessSpec(spec.name(), spec.launch(), arguments, spec.port(), spec.readinessPath());
        }).toList();
        return new Topology(shape.name(), shape.description(), processes, shape.entry());
    }

}
