package dev.ficus.bench.overhead;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

/**
 * Everything one overhead run measured, with the targets it was judged against; written
 * as JSON and Markdown.
 *
 * @param quick whether this was a {@code --quick} harness check
 * @param started when the run began
 * @param finished when it ended
 * @param command the command that produced it
 * @param machine where it ran
 * @param plan rates and durations
 * @param paths direct, gateway and nginx, in that order
 * @param added what each proxy adds to the direct path at the fixed rate
 * @param targets the targets, met or not
 * @param provenance the command line, commit, machine and load average; {@code null} for
 * a run from before it was recorded
 * @param backend what answered behind every path ({@link #NGINX_BACKEND}); {@code null}
 * for a run from before nginx did, when the JDK HTTP server in its own JVM answered and
 * the gateway routed in SERVICE mode
 */
public record OverheadReport(boolean quick, Instant started, Instant finished, String command,
        MachineDescription machine, OverheadPlan plan, List<PathResult> paths, List<Added> added, List<Target> targets,
        Provenance provenance, @Nullable String backend) {

    /**
     * The backend of today's runs: nginx answering a fixed body, the gateway in MONOLITH
     * mode.
     */
    public static final String NGINX_BACKEND = "nginx-fixed-body";

    /** Added p50 the gateway may cost, in ms. */
    static final double MAX_ADDED_P50_MILLIS = 0.5;

    /** Share of nginx's maximum throughput the gateway must reach. */
    static final double MIN_THROUGHPUT_SHARE = 0.6;

    /**
     * Latency a proxy adds to the direct path.
     *
     * @param proxy the proxy's path name
     * @param p50Millis added median
     * @param p99Millis added 99th percentile
     * @param throughputShareOfDirect its maximum throughput as a share of the direct
     * path's
     */
    public record Added(String proxy, double p50Millis, double p99Millis, double throughputShareOfDirect) {
    }

    /**
     * One target of the issue.
     *
     * @param name what is judged
     * @param goal the target in words
     * @param measured the measured value in words
     * @param met whether the measurement meets the target
     */
    public record Target(String name, String goal, String measured, boolean met) {
    }

    static OverheadReport of(boolean quick, Instant started, Instant finished, String command,
            MachineDescription machine, OverheadPlan plan, List<PathResult> paths, Provenance provenance) {
        PathResult direct = path(paths, "direct").orElseThrow();
        List<Added> added = paths.stream()
            .filter(path -> path != direct)
            .map(path -> new Added(path.name(), path.latency().p50() - direct.latency().p50(),
                    path.latency().p99() - direct.latency().p99(),
                    path.saturation().throughput() / direct.saturation().throughput()))
            .toList();
        Added gateway = added.stream().filter(a -> a.proxy().equals("gateway")).findFirst().orElseThrow();
        double share = path(paths, "gateway").orElseThrow().saturation().throughput()
                / path(paths, "nginx").orElseThrow().saturation().throughput();
        List<Target> targets = List.of(new Target("added p50",
                OverheadMarkdown.format("<= %.1f ms at %.0f req/s", MAX_ADDED_P50_MILLIS, plan.rate()),
                OverheadMarkdown.format("%.3f ms", gateway.p50Millis()), gateway.p50Millis() <= MAX_ADDED_P50_MILLIS),
                new Target("max throughput vs nginx",
                        OverheadMarkdown.format(">= %.0f %% of nginx", MIN_THROUGHPUT_SHARE * 100),
                        OverheadMarkdown.format("%.0f %%", share * 100), share >= MIN_THROUGHPUT_SHARE));
        return new OverheadReport(quick, started, finished, command, machine, plan, paths, added, targets, provenance,
                NGINX_BACKEND);
    }

    static Optional<PathResult> path(List<PathResult> paths, String name) {
        return paths.stream().filter(path -> path.name().equals(name)).findFirst();
    }

}
