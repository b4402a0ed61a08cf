package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;

/**
 * One fault under load: sets up the truth on the owners, offers the open-model load
 * through the gateway, kills -9 the process, starts it again, keeps the load up until its
 * capability answers again, then reads every acknowledged write back from its owner.
 */
public final class FaultPhase {

    /**
     * Seeded products whose stock is set and then only read, and which are read as
     * products.
     */
    static final int READ_PRODUCTS = 40;

    /** Seeded products orders are placed for, after the read products. */
    static final int ORDER_PRODUCTS = 80;

    /** Stock of the order products: enough for every order of a run. */
    static final long ORDER_STOCK = 500_000;

    static final int CUSTOMERS = 50;

    private static final Duration POLL = Duration.ofMillis(200);

    private static final int SETUP_ATTEMPTS = 5;

    private final RunningTopology topology;

    private final ProcessLauncher launcher;

    private final FaultPlan plan;

    private final ShopCalls calls = new ShopCalls();

    private final Consumer<String> progress;

    /**
     * Creates acknowledged in earlier phases of the run: a restart that lost them may
     * hand their ids out again.
     */
    private final List<AckedWrite> earlierCreates = new ArrayList<>();

    public FaultPhase(RunningTopology topology, ProcessLauncher launcher, FaultPlan plan, Consumer<String> progress) {
        this.topology = topology;
        this.launcher = launcher;
        this.plan = plan;
        this.progress = progress;
    }

    /** The products each stock write takes one of, never the ones read or ordered. */
    public static Queue<Long> stockWriteProducts(int productCount) {
        Queue<Long> products = new ArrayDeque<>();
        for (long id = READ_PRODUCTS + ORDER_PRODUCTS + 1; id <= productCount; id++) {
            products.add(id);
        }
        return products;
    }

    /**
     * The same load before the first fault, not counted (its creates are remembered, so a
     * later restart that hands their ids out again is still caught).
     */
    public void warmUp(Queue<Long> stockProducts, String skuPrefix, long seed) {
        if (plan.warmUp().isZero()) {
            return;
        }
        FaultMix mix = new FaultMix(prepare(), stockProducts, skuPrefix, seed);
        LoadProfile profile = new LoadProfile(plan.rate(), plan.warmUp(),
                (long) Math.ceil(plan.rate() * plan.warmUp().toSeconds()), LoadProfile.REQUEST_TIMEOUT_DEFAULT,
                LoadProfile.TIMELINE_BUCKET_DEFAULT);
        try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(topology.entry())) {
            generator.run(profile, mix);
        }
        finally {
            mix.finish();
        }
        mix.acknowledged().stream().filter(AckedWrite::creates).forEach(earlierCreates::add);
        progress.accept(
                "warmed up: " + mix.records().size() + " requests in " + plan.warmUp().toSeconds() + " s, not counted");
    }

    public FaultResult run(Fault fault, Queue<Long> stockProducts, String skuPrefix, long seed) {
        ShopFixture fixture = prepare();
        FaultMix mix = new FaultMix(fixture, stockProducts, skuPrefix, seed);
        LoadProfile profile = new LoadProfile(plan.rate(), plan.maxPhase(), plan.maxRequests(),
                LoadProfile.REQUEST_TIMEOUT_DEFAULT, LoadProfile.TIMELINE_BUCKET_DEFAULT);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        String failure = "";
        long kill = 0;
        long restart = 0;
        @Nullable Long ready = null;
        try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(topology.entry())) {
            Future<LoadResult> load = runner.submit(() -> generator.run(profile, mix));
            sleep(plan.beforeKill());
            kill = System.nanoTime();
            topology.process(fault.process()).orElseThrow().kill();
            progress.accept("killed " + fault.process() + " (kill -9)");
            sleep(plan.downtime());
            restart = System.nanoTime();
            topology.restart(fault.process(), launcher.withNiceness(plan.relaunchNiceness()));
            try {
                ready = topology.awaitReady(fault.process(), plan.readyTimeout()).toMillis();
                progress.accept(fault.process() + " ready again after " + ready + " ms");
                if (!fault.redundant()) {
                    // with other instances serving, the capability never went away
                    awaitRecovery(mix, fault, kill, restart, ready);
                }
                sleep(plan.afterRecovery());
            }
            catch (ProcessFailedException ex) {
                failure = fault.process() + " did not come back: "
                        + String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
                progress.accept(failure);
            }
            mix.finish();
            load.get();
        }
        catch (ExecutionException ex) {
            failure = "the load failed: " + ex.getCause();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        finally {
            mix.finish();
            runner.shutdownNow();
        }
        List<RequestRecord> records = mix.records();
        FaultTiming measured = FaultTiming.of(records, kill, restart, ready, fault.capabilities(), fault.ownerSide(),
                fault.fallbackSide());
        FaultTiming timing = fault.redundant() ? measured.withoutRecovery() : measured;
        List<AckedWrite> acknowledged = mix.acknowledged();
        WriteAudit audit = WriteAudit.of(acknowledged, earlierCreates, this::readback);
        acknowledged.stream().filter(AckedWrite::creates).forEach(earlierCreates::add);
        return FaultResult.of(fault.process(), fault.redundant() ? Set.of() : fault.capabilities(), mix.unanswered(),
                records, timing, audit, failure);
    }

    private void awaitRecovery(FaultMix mix, Fault fault, long kill, long restart, @Nullable Long ready) {
        long deadline = System.nanoTime() + plan.recoveryTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (FaultTiming
                .of(mix.records(), kill, restart, ready, fault.capabilities(), fault.ownerSide(), fault.fallbackSide())
                .recoveryMillis() != null) {
                return;
            }
            sleep(POLL);
        }
        progress.accept("no success from " + fault.process() + " through the gateway within "
                + plan.recoveryTimeout().toSeconds() + " s of it being ready");
    }

    /**
     * Sets stock levels on the inventory owner and reads product truth from the catalog
     * owner.
     */
    ShopFixture prepare() {
        List<Long> readProducts = new ArrayList<>();
        Map<Long, Long> stock = new HashMap<>();
        Map<Long, String> products = new HashMap<>();
        for (long id = 1; id <= READ_PRODUCTS; id++) {
            readProducts.add(id);
            long onHand = 10_000 + id;
            setStock(id, onHand);
            stock.put(id, onHand);
            String path = "/api/catalog/products/" + id;
            products.put(id, retried(() -> calls.fingerprint(port(AppJars.CATALOG_SERVICE), path, Fingerprint.PRODUCT))
                .orElseThrow(() -> new ProcessFailedException(AppJars.CATALOG_SERVICE, "does not answer " + path)));
        }
        List<Long> orderProducts = new ArrayList<>();
        for (long id = READ_PRODUCTS + 1; id <= READ_PRODUCTS + ORDER_PRODUCTS; id++) {
            orderProducts.add(id);
            setStock(id, ORDER_STOCK);
        }
        return new ShopFixture(readProducts, stock, readProducts, products, orderProducts, CUSTOMERS);
    }

    private void setStock(long product, long onHand) {
        String path = "/api/inventory/" + product;
        int status = retried(() -> calls.putJson(port(AppJars.INVENTORY_SERVICE), path, "{\"onHand\": " + onHand + "}")
            .filter(response -> response.statusCode() == 200)).map(response -> response.statusCode()).orElse(0);
        if (status != 200) {
            throw new ProcessFailedException(AppJars.INVENTORY_SERVICE, "answered " + status + " to PUT " + path);
        }
    }

    /**
     * A busy machine can make a just-restarted process miss one call; setting up the
     * truth tries a few times.
     */
    private static <T> Optional<T> retried(Supplier<Optional<T>> call) {
        for (int attempt = 1; attempt < SETUP_ATTEMPTS; attempt++) {
            Optional<T> result = call.get();
            if (result.isPresent()) {
                return result;
            }
            sleep(Duration.ofSeconds(2));
        }
        return call.get();
    }

    /**
     * What the owner (and the monolith's copy of a service's tables) holds for one
     * acknowledged write.
     */
    Readback readback(AckedWrite write) {
        return switch (write.kind()) {
            case FaultMix.CREATE_PRODUCT ->
                both("/api/catalog/products/" + write.id(), AppJars.CATALOG_SERVICE, Fingerprint.PRODUCT);
            case FaultMix.SET_STOCK ->
                both("/api/inventory/" + write.id(), AppJars.INVENTORY_SERVICE, Fingerprint.STOCK);
            default -> Readback
                .ownerOnly(calls.fingerprint(port(AppJars.MONOLITH), "/api/orders/" + write.id(), Fingerprint.ORDER));
        };
    }

    private Readback both(String path, String owner, Fingerprint kind) {
        return new Readback(calls.fingerprint(port(owner), path, kind),
                calls.fingerprint(port(AppJars.MONOLITH), path, kind));
    }

    private int port(String process) {
        return topology.process(process).orElseThrow().port();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
