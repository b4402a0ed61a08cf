package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.measure.FaultInjector.FaultUnavailableException;
import dev.ficus.bench.scenario.CatalogProbe;
import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.topology.RunningTopology;

/**
 * The fault cases of one repeat, one after the other, each injected under the
 * blast-radius load; a reversible fault is ended and the inventory must answer again
 * before the next is measured, else the later ones are not.
 */
final class FaultRuns {

    /** Longest wait for the inventory to answer again after a reversible fault ended. */
    static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);

    /** A stock read that must answer 2xx again once a fault has ended. */
    static final String RECOVERY_PROBE_PATH = "/api/inventory/1";

    private static final String NOT_RECOVERED = "the inventory did not answer again";

    private final RunningTopology running;

    private final BenchmarkPlan.BlastPlan blastPlan;

    private final CpuWatch cpu;

    private final Progress progress;

    private final String label;

    FaultRuns(RunningTopology running, BenchmarkPlan.BlastPlan blastPlan, CpuWatch cpu, Progress progress,
            String label) {
        this.running = running;
        this.blastPlan = blastPlan;
        this.cpu = cpu;
        this.progress = progress;
        this.label = label;
    }

    /**
     * The blast radius of each fault, as long as the system under test stays healthy
     * ({@code stillHealthy} is asked with the phase before each fault).
     */
    List<BlastRadius> injectEach(OpenModelLoadGenerator generator, ShopMix mix, List<FaultCase> faults,
            Predicate<String> stillHealthy) {
        List<BlastRadius> blasts = new ArrayList<>();
        String before = "sweep";
        String blocked = "";
        for (FaultCase fault : faults) {
            if (!stillHealthy.test(before)) {
                return blasts;
            }
            if (!blocked.isEmpty()) {
                blasts.add(BlastRadius.notMeasured(fault.injector().description(), fault.rows(), blocked));
                continue;
            }
            cpu.awaitQuiet(before);
            BlastRadius radius = injectUnderLoad(generator, mix, fault);
            blasts.add(radius);
            if (radius.reason().startsWith(NOT_RECOVERED)) {
                blocked = radius.reason();
            }
            before = "fault " + fault.injector().description();
        }
        return blasts;
    }

    /**
     * Offers the blast-radius load, injects the fault after {@code faultAfter} and keeps
     * it up to the end of the load; a reversible fault is then ended and the inventory
     * must answer again before anything else is measured.
     */
    private BlastRadius injectUnderLoad(OpenModelLoadGenerator generator, ShopMix mix, FaultCase fault) {
        FaultInjector injector = fault.injector();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long loadStart = System.nanoTime();
        long[] injectedAt = { -1 };
        ScheduledFuture<String> injection = timer.schedule(() -> {
            injectedAt[0] = System.nanoTime() - loadStart;
            try {
                injector.inject(running);
                return "";
            }
            catch (FaultUnavailableException ex) {
                return ex.getMessage();
            }
        }, blastPlan.faultAfter().toMillis(), TimeUnit.MILLISECONDS);
        try {
            CpuWatch.Reading before = cpu.read();
            LoadResult load = generator.run(LoadProfile.of(blastPlan.rate(), blastPlan.duration()),
                    mix.withStockChecks(BenchmarkPlan.BlastPlan.STOCK_CHECK_PERCENT));
            CpuNoise windowNoise = cpu.noise(before, cpu.read());
            String unavailable = injection.get(30, TimeUnit.SECONDS);
            if (!unavailable.isEmpty()) {
                progress.step(label + ": blast radius not measured: " + unavailable);
                return BlastRadius.notMeasured(injector.description(), fault.rows(), unavailable);
            }
            BlastRadius radius = BlastRadius
                .of(injector.description(), fault.rows(), load, TimeUnit.NANOSECONDS.toMillis(injectedAt[0]))
                .withNoise(windowNoise);
            progress.step(label + ": blast radius (%s) %.1f %% of requests failed, endpoints %s"
                .formatted(String.join(" = ", fault.rows()), radius.failedFraction() * 100, radius.failedEndpoints()));
            return injector.reversible() ? endAndRecover(injector, radius) : radius;
        }
        catch (Exception ex) {
            return BlastRadius.notMeasured(injector.description(), fault.rows(), "fault injection failed: " + ex);
        }
        finally {
            timer.shutdownNow();
        }
    }

    /**
     * Ends a reversible fault and waits until the inventory answers a stock read again;
     * when it does not, the radius says so and later faults are not measured.
     */
    private BlastRadius endAndRecover(FaultInjector injector, BlastRadius radius) {
        injector.end(running);
        long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (CatalogProbe.answers(running.entry(), RECOVERY_PROBE_PATH)) {
                progress.step(label + ": fault ended, inventory answers again");
                return radius;
            }
            CpuWatch.sleep(CpuWatch.PROBE_EVERY);
        }
        String reason = NOT_RECOVERED + " within " + RECOVERY_TIMEOUT.toSeconds() + " s after " + injector.description()
                + " was ended";
        progress.step(label + ": " + reason);
        return radius.withReason(reason);
    }

}
