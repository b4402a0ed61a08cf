package dev.ficus.bench.overhead;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.ficus.bench.load.LoopbackTarget;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.startup.FreePorts;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * Measures one backend (nginx answering a fixed body, far faster than any proxy in front
 * of it, so it never caps a path) four ways: directly, through nginx, through a stock
 * Spring Cloud Gateway and through the strangler gateway. Each repeat starts every
 * process afresh, then warms up and saturates the paths one at a time in that order, so
 * they never compete for the CPUs and any drift hits all of them; then it measures each
 * path's latency at the same fixed rate, by default half of what nginx reached in that
 * repeat.
 */
final class OverheadBenchmark {

    /**
     * A path of the gateway's {@code catalog} capability; the backend answers every path
     * the same.
     */
    static final String REQUEST_PATH = "/api/catalog/products/1";

    static final String DIRECT = "direct";

    static final String NGINX = "nginx";

    static final String STOCK_SCG = "stock-scg";

    static final String GATEWAY = "gateway";

    /** The paths in the order each repeat measures them. */
    static final List<String> ORDER = List.of(DIRECT, NGINX, STOCK_SCG, GATEWAY);

    private static final Map<String, String> DESCRIPTIONS = Map.of(DIRECT, "generator -> backend", NGINX,
            "generator -> nginx -> backend", STOCK_SCG, "generator -> stock Spring Cloud Gateway -> backend", GATEWAY,
            "generator -> gateway -> backend");

    private final OverheadPlan plan;

    private final ProcessLauncher launcher;

    private final Jars jars;

    private final Path work;

    private final CpuAffinity affinity;

    private final Consumer<String> progress;

    /**
     * The runnable jars of the two Java gateways.
     *
     * @param gateway the strangler gateway's
     * @param stockGateway the stock Spring Cloud Gateway's
     */
    record Jars(Path gateway, Path stockGateway) {
    }

    OverheadBenchmark(OverheadPlan plan, ProcessLauncher launcher, Jars jars, Path work, CpuAffinity affinity,
            Consumer<String> progress) {
        this.plan = plan;
        this.launcher = launcher;
        this.jars = jars;
        this.work = work;
        this.affinity = affinity;
        this.progress = progress;
    }

    List<OverheadRepeat> run() {
        List<OverheadRepeat> repeats = new ArrayList<>();
        for (int number = 1; number <= plan.repeats(); number++) {
            repeats.add(repeat(number));
        }
        return repeats;
    }

    private OverheadRepeat repeat(int number) {
        Path directory = work.resolve("repeat-" + number);
        int backendPort = FreePorts.next();
        progress.accept("repeat " + number + " of " + plan.repeats() + ": starting the backend, nginx, stock SCG and "
                + "the gateway");
        try (NginxProxy backend = NginxProxy.fixedAnswer(directory.resolve("backend"), backendPort, FixedBackend.BODY,
                affinity.systemUnderTest());
                NginxProxy nginx = NginxProxy.start(directory.resolve("nginx"), FreePorts.next(), backendPort,
                        affinity.systemUnderTest());
                RunningTopology gateways = RunningTopology.start(gateways(backendPort, directory),
                        launcher.withLogsIn("repeat-" + number))) {
            Map<String, LoopbackTarget> targets = new LinkedHashMap<>();
            targets.put(DIRECT, LoopbackTarget.port(backend.port()));
            targets.put(NGINX, LoopbackTarget.port(nginx.port()));
            targets.put(STOCK_SCG, port(gateways, STOCK_SCG));
            targets.put(GATEWAY, port(gateways, GATEWAY));
            List<Saturated> saturated = new ArrayList<>();
            targets.forEach((name, target) -> saturated
                .add(new Saturated(name, target, answersTheBody(target), saturate(number, name, target))));
            double rate = plan.rateFor(saturated.stream()
                .filter(path -> path.name().equals(NGINX))
                .findFirst()
                .orElseThrow()
                .saturation()
                .throughput());
            List<PathResult> paths = new ArrayList<>();
            saturated.forEach(path -> paths.add(latency(number, path, rate)));
            return OverheadRepeat.of(number, rate, paths);
        }
    }

    private static LoopbackTarget port(RunningTopology topology, String name) {
        return topology.topology()
            .processes()
            .stream()
            .filter(process -> process.name().equals(name))
            .findFirst()
            .map(process -> LoopbackTarget.port(process.port()))
            .orElseThrow();
    }

    /**
     * Both Java gateways, launched together with the same JVM flags and CPUs: the
     * strangler gateway with catalog in MONOLITH mode, and stock Spring Cloud Gateway
     * with its one route.
     */
    private Topology gateways(int backendPort, Path directory) {
        String backend = "http://127.0.0.1:" + backendPort;
        String catalog = "ficus.gateway.capabilities.catalog.";
        ProcessSpec gateway = ProcessSpec.bootJar(GATEWAY, jars.gateway(), FreePorts.next(),
                List.of(ShopTopologies.GATEWAY_SHOP_PROFILE, "management.endpoint.health.probes.enabled=true",
                        "ficus.gateway.monolith-url=" + backend,
                        "ficus.gateway.state-file=" + directory.resolve("gateway-state.json"),
                        "ficus.gateway.admin-token=overhead-benchmark", "ficus.gateway.admin.port=0",
                        "ficus.gateway.admin-token-file=" + directory.resolve("admin-token"), catalog + "mode=MONOLITH",
                        catalog + "service-url=" + backend,
                        "ficus.gateway.capabilities.inventory.service-url=" + backend));
        // No actuator in the stock app: it is ready once its route answers.
        ProcessSpec stock = ProcessSpec.bootJar(STOCK_SCG, jars.stockGateway(), FreePorts.next(),
                List.of("stock-gateway.backend-url=" + backend));
        stock = new ProcessSpec(stock.name(), stock.launch(), stock.arguments(), stock.port(), REQUEST_PATH);
        return new Topology("gateways", "stock SCG and gateway -> backend", List.of(stock, gateway), GATEWAY);
    }

    /** Whether the path answers 200 with the backend's body, byte for byte. */
    private static boolean answersTheBody(LoopbackTarget target) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(target.resolve(REQUEST_PATH))
            .timeout(Duration.ofSeconds(10))
            .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 && Arrays.equals(response.body(), FixedBackend.BODY);
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private ClosedLoopSaturation.Result saturate(int repeat, String name, LoopbackTarget target) {
        progress.accept(prefix(repeat, name) + "warming up for " + plan.warmup().toSeconds() + " s at saturation");
        new ClosedLoopSaturation(plan.connections(), plan.warmup()).run(target, REQUEST_PATH);
        progress.accept(prefix(repeat, name) + "saturating with " + plan.connections() + " connections for "
                + plan.saturation().toSeconds() + " s");
        ClosedLoopSaturation.Result saturation = new ClosedLoopSaturation(plan.connections(), plan.saturation())
            .run(target, REQUEST_PATH);
        progress.accept(OverheadMarkdown.format("%smax %.0f req/s (%d errors)", prefix(repeat, name),
                saturation.throughput(), saturation.errors()));
        return saturation;
    }

    /**
     * A path after its saturation, before its latency measurement.
     *
     * @param name the path's name
     * @param target where the generator sends its requests
     * @param answeredBody whether it answered the backend's body
     * @param saturation its maximum throughput
     */
    private record Saturated(String name, LoopbackTarget target, boolean answeredBody,
            ClosedLoopSaturation.Result saturation) {
    }

    private PathResult latency(int repeat, Saturated path, double rate) {
        String name = path.name();
        progress.accept(prefix(repeat, name) + (int) rate + " req/s for " + plan.measure().toSeconds() + " s");
        NettyHttpLoad.Figures fixed = NettyHttpLoad.fixedRate(rate, plan.connections(), plan.measure())
            .run(path.target(), REQUEST_PATH);
        progress.accept(OverheadMarkdown.format("%sp50 %.3f ms, p99 %.3f ms at %.0f req/s (send lag p99 %.3f ms)",
                prefix(repeat, name), fixed.latency().p50(), fixed.latency().p99(), rate, fixed.sendLag().p99()));
        return new PathResult(name, DESCRIPTIONS.getOrDefault(name, name), fixed.offered(), fixed.ok(), fixed.errors(),
                fixed.errorKinds(), fixed.latency(), fixed.sendLag(), path.saturation(), path.answeredBody());
    }

    private String prefix(int repeat, String name) {
        return "repeat " + repeat + ", " + name + ": ";
    }

}
