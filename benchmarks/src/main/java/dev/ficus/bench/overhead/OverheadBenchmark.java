package dev.ficus.bench.overhead;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.LoopbackTarget;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.FreePorts;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.Topology;

/**
 * Measures one backend (nginx answering a fixed body, far faster than any proxy in front
 * of it, so it never caps a path) three ways, one path at a time so they never compete
 * for the CPUs: directly, through the gateway jar and through nginx. Each path is warmed
 * up, measured at the fixed rate, then saturated.
 */
final class OverheadBenchmark {

    /**
     * A path of the gateway's {@code catalog} capability; the backend answers every path
     * the same.
     */
    static final String REQUEST_PATH = "/api/catalog/products/1";

    private static final String GATEWAY = "gateway";

    private final OverheadPlan plan;

    private final ProcessLauncher launcher;

    private final Path gatewayJar;

    private final Path work;

    private final CpuAffinity affinity;

    private final Consumer<String> progress;

    OverheadBenchmark(OverheadPlan plan, ProcessLauncher launcher, Path gatewayJar, Path work, CpuAffinity affinity,
            Consumer<String> progress) {
        this.plan = plan;
        this.launcher = launcher;
        this.gatewayJar = gatewayJar;
        this.work = work;
        this.affinity = affinity;
        this.progress = progress;
    }

    List<PathResult> run() {
        List<PathResult> results = new ArrayList<>();
        int backendPort = FreePorts.next();
        try (NginxProxy backend = NginxProxy.fixedAnswer(work.resolve("backend"), backendPort, FixedBackend.BODY,
                affinity.systemUnderTest())) {
            results.add(measure("direct", "generator -> backend", LoopbackTarget.port(backend.port())));
            try (RunningTopology gateway = RunningTopology.start(gateway(backendPort), launcher)) {
                results.add(measure(GATEWAY, "generator -> gateway -> backend", gateway.entry()));
            }
            try (NginxProxy nginx = NginxProxy.start(work.resolve("nginx"), FreePorts.next(), backendPort,
                    affinity.systemUnderTest())) {
                results.add(measure("nginx", "generator -> nginx -> backend", LoopbackTarget.port(nginx.port())));
            }
        }
        return results;
    }

    private Topology gateway(int backendPort) {
        String backend = "http://127.0.0.1:" + backendPort;
        String catalog = "ficus.gateway.capabilities.catalog.";
        ProcessSpec gateway = ProcessSpec.bootJar(GATEWAY, gatewayJar, FreePorts.next(),
                List.of("management.endpoint.health.probes.enabled=true", "ficus.gateway.monolith-url=" + backend,
                        "ficus.gateway.state-file=" + work.resolve("gateway-state.json"),
                        "ficus.gateway.admin-token=overhead-benchmark", "ficus.gateway.admin.port=0",
                        "ficus.gateway.admin-token-file=" + work.resolve("admin-token"), catalog + "mode=MONOLITH",
                        catalog + "service-url=" + backend,
                        "ficus.gateway.capabilities.inventory.service-url=" + backend));
        return new Topology(GATEWAY, "gateway -> backend (catalog in MONOLITH mode)", List.of(gateway), GATEWAY);
    }

    private PathResult measure(String name, String description, LoopbackTarget target) {
        RequestSource source = () -> PlannedRequest.get("fixed", REQUEST_PATH);
        try (OpenModelLoadGenerator generator = new OpenModelLoadGenerator(target)) {
            progress.accept(name + ": warming up for " + plan.warmup().toSeconds() + " s at saturation");
            new ClosedLoopSaturation(plan.connections(), plan.warmup()).run(target, REQUEST_PATH);
            progress.accept(name + ": " + (int) plan.rate() + " req/s for " + plan.measure().toSeconds() + " s");
            LoadResult fixed = generator.run(LoadProfile.of(plan.rate(), plan.measure()), source);
            progress.accept(name + ": saturating with " + plan.connections() + " connections for "
                    + plan.saturation().toSeconds() + " s");
            ClosedLoopSaturation.Result saturation = new ClosedLoopSaturation(plan.connections(), plan.saturation())
                .run(target, REQUEST_PATH);
            progress.accept(OverheadMarkdown.format("%s: p50 %.3f ms, p99 %.3f ms, max %.0f req/s", name,
                    fixed.latency().p50(), fixed.latency().p99(), saturation.throughput()));
            // Per endpoint, errors already include the requests still unanswered at the
            // end.
            Map<String, Long> kinds = new TreeMap<>();
            fixed.endpoints()
                .forEach(endpoint -> endpoint.errorKinds()
                    .forEach((kind, count) -> kinds.merge(kind, count, Long::sum)));
            return new PathResult(name, description, fixed.sent(), fixed.ok(), fixed.errors(), kinds, fixed.latency(),
                    fixed.sendLag(), saturation);
        }
    }

}
