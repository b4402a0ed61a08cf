package dev.ficus.bench.overhead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

import dev.ficus.bench.measure.Spread;
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
 * @param paths direct, gateway and nginx of a run from before there were repeats;
 * {@code null} since
 * @param added what each proxy added to the direct path in a run from before there were
 * repeats; {@code null} since
 * @param targets the targets, met or not
 * @param provenance the command line, commit, machine and load average; {@code null} for
 * a run from before it was recorded
 * @param backend what answered behind every path ({@link #NGINX_BACKEND}); {@code null}
 * for a run from before nginx did, when the JDK HTTP server in its own JVM answered and
 * the gateway routed in SERVICE mode
 * @param repeats every repeat's figures; {@code null} for a run from before there were
 * repeats
 * @param summary per path, median and range over the repeats; {@code null} for a run from
 * before there were repeats
 * @param ratios the ratios of maximum throughput over the repeats; {@code null} for a run
 * from before there were repeats
 * @param generator what drove the saturation ({@link #NETTY_GENERATOR}); {@code null} for
 * a run from before, when the JDK {@code HttpClient} did
 */
public record OverheadReport(boolean quick, Instant started, Instant finished, String command,
        MachineDescription machine, OverheadPlan plan, @Nullable List<PathResult> paths, @Nullable List<Added> added,
        List<Target> targets, Provenance provenance, @Nullable String backend, @Nullable List<OverheadRepeat> repeats,
        @Nullable List<PathSummary> summary, @Nullable RatioSummary ratios, @Nullable String generator) {

    /**
     * The backend of today's runs: nginx answering a fixed body, the gateway in MONOLITH
     * mode.
     */
    public static final String NGINX_BACKEND = "nginx-fixed-body";

    /** The saturation generator of today's runs: {@link ClosedLoopSaturation}. */
    public static final String NETTY_GENERATOR = "netty-closed-loop";

    /** Added p50 the gateway may cost, in ms. */
    static final double MAX_ADDED_P50_MILLIS = 0.5;

    /** Share of nginx's maximum throughput the gateway must reach. */
    static final double MIN_THROUGHPUT_SHARE = 0.6;

    /**
     * Share of stock Spring Cloud Gateway's maximum throughput the gateway must reach.
     */
    static final double MIN_STOCK_SCG_SHARE = 0.95;

    /**
     * How many times the fastest proxy the direct path must sustain for the generator and
     * backend to be far from capping the proxies.
     */
    static final double MIN_HEADROOM = 2;

    /**
     * CPU use of the generator, pinned to one CPU, above which it may have been the
     * limit.
     */
    static final double BUSY_GENERATOR_CPU = 0.9;

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

    /**
     * One path over all repeats: median, minimum and maximum.
     *
     * @param name the path's name
     * @param description the path in words
     * @param maxThroughput maximum throughput by closed-loop saturation, requests/s
     * @param p50 latency at the fixed rate, ms
     * @param p99 latency at the fixed rate, ms
     * @param addedP50 p50 minus the direct path's in the same repeat, ms
     * ({@link Spread#NONE} for the direct path)
     * @param errors failed requests at the fixed rate, all repeats together
     * @param sent requests sent at the fixed rate, all repeats together
     * @param answeredBody whether the path answered the backend's body in every repeat
     * @param generatorCpu the generator's CPU use during the saturation, in CPUs
     */
    public record PathSummary(String name, String description, Spread maxThroughput, Spread p50, Spread p99,
            Spread addedP50, long errors, long sent, boolean answeredBody, Spread generatorCpu) {
    }

    /**
     * The ratios of every repeat, as median and range.
     *
     * @param gatewayToStockScg the gateway's maximum throughput over stock SCG's
     * @param gatewayToNginx the gateway's maximum throughput over nginx's
     * @param directToFastestProxy the direct path's maximum throughput over the fastest
     * proxy's
     * @param rate the fixed rate of the latency measurements, requests/s
     */
    public record RatioSummary(Spread gatewayToStockScg, Spread gatewayToNginx, Spread directToFastestProxy,
            Spread rate) {
    }

    static OverheadReport of(boolean quick, Instant started, Instant finished, String command,
            MachineDescription machine, OverheadPlan plan, List<OverheadRepeat> repeats, Provenance provenance) {
        List<PathSummary> summary = OverheadBenchmark.ORDER.stream().map(name -> summary(name, repeats)).toList();
        RatioSummary ratios = new RatioSummary(spread(repeats, r -> r.ratios().gatewayToStockScg()),
                spread(repeats, r -> r.ratios().gatewayToNginx()),
                spread(repeats, r -> r.ratios().directToFastestProxy()), spread(repeats, OverheadRepeat::rate));
        return new OverheadReport(quick, started, finished, command, machine, plan, null, null,
                targets(plan, summary, ratios), provenance, NGINX_BACKEND, repeats, summary, ratios, NETTY_GENERATOR);
    }

    /** What each path but the direct one adds to the direct path. */
    static List<Added> added(List<PathResult> paths) {
        PathResult direct = path(paths, OverheadBenchmark.DIRECT).orElseThrow();
        return paths.stream()
            .filter(path -> path != direct)
            .map(path -> new Added(path.name(), path.latency().p50() - direct.latency().p50(),
                    path.latency().p99() - direct.latency().p99(),
                    path.saturation().throughput() / direct.saturation().throughput()))
            .toList();
    }

    static Optional<PathResult> path(List<PathResult> paths, String name) {
        return paths.stream().filter(path -> path.name().equals(name)).findFirst();
    }

    private static PathSummary summary(String name, List<OverheadRepeat> repeats) {
        List<PathResult> results = repeats.stream().map(repeat -> path(repeat.paths(), name).orElseThrow()).toList();
        Spread added = Spread.of(repeats.stream()
            .flatMap(repeat -> repeat.added().stream())
            .filter(a -> a.proxy().equals(name))
            .map(Added::p50Millis)
            .toList());
        PathResult first = results.get(0);
        return new PathSummary(name, first.description(),
                Spread.of(results.stream().map(r -> r.saturation().throughput()).toList()),
                Spread.of(results.stream().map(r -> r.latency().p50()).toList()),
                Spread.of(results.stream().map(r -> r.latency().p99()).toList()), added,
                results.stream().mapToLong(PathResult::errors).sum(),
                results.stream().mapToLong(PathResult::sent).sum(), results.stream().allMatch(PathResult::answeredBody),
                Spread.of(results.stream().map(r -> r.saturation().generatorCpu()).toList()));
    }

    private static Spread spread(List<OverheadRepeat> repeats, ToDoubleFunction<OverheadRepeat> value) {
        return Spread.of(repeats.stream().map(repeat -> value.applyAsDouble(repeat)).toList());
    }

    private static List<Target> targets(OverheadPlan plan, List<PathSummary> summary, RatioSummary ratios) {
        Spread addedP50 = summary.stream()
            .filter(path -> path.name().equals(OverheadBenchmark.GATEWAY))
            .findFirst()
            .orElseThrow()
            .addedP50();
        String rate = (plan.rate() != null) ? OverheadMarkdown.format("%.0f req/s", plan.rate()) : OverheadMarkdown
            .format("half of nginx's max (%s req/s)", OverheadMarkdown.range(ratios.rate(), "%.0f"));
        return List
            .of(share("max throughput vs stock SCG", "stock SCG", MIN_STOCK_SCG_SHARE, ratios.gatewayToStockScg()),
                    share("max throughput vs nginx", "nginx", MIN_THROUGHPUT_SHARE, ratios.gatewayToNginx()),
                    new Target("added p50", OverheadMarkdown.format("<= %.1f ms at %s", MAX_ADDED_P50_MILLIS, rate),
                            OverheadMarkdown.range(addedP50, "%.3f") + " ms",
                            addedP50.median() <= MAX_ADDED_P50_MILLIS));
    }

    private static Target share(String name, String reference, double goal, Spread measured) {
        return new Target(name, OverheadMarkdown.format(">= %.2f of %s", goal, reference),
                OverheadMarkdown.range(measured, "%.2f"), measured.median() >= goal);
    }

}
