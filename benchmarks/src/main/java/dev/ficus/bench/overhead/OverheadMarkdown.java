package dev.ficus.bench.overhead;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ProvenanceMarkdown;

/**
 * Renders an {@link OverheadReport} as {@code gateway-overhead.md}: the table, the
 * ratios, the targets, the machine and the command. A report from before there were
 * repeats is rendered as it was then.
 */
final class OverheadMarkdown {

    private OverheadMarkdown() {
    }

    static String render(OverheadReport report) {
        List<OverheadRepeat> repeats = report.repeats();
        OverheadReport.RatioSummary ratios = report.ratios();
        List<OverheadReport.PathSummary> summary = report.summary();
        if (repeats == null || ratios == null || summary == null) {
            return SingleRunMarkdown.render(report);
        }
        StringBuilder md = new StringBuilder("# Gateway overhead\n\n");
        if (report.quick()) {
            md.append("> **--quick harness check**: a few seconds per path; these numbers measure nothing.\n\n");
        }
        method(md, report, ratios);
        md.append("| path | max throughput req/s | generator CPU at max | p50 ms | p99 ms | added p50 ms | errors "
                + "| answers the backend's body |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (OverheadReport.PathSummary path : summary) {
            md.append(format("| %s (%s) | %s | %s | %s | %s | %s | %d / %d | %s |\n", label(path.name()),
                    path.description(), range(path.maxThroughput(), "%,.0f"), range(path.generatorCpu(), "%.2f"),
                    range(path.p50(), "%.3f"), range(path.p99(), "%.3f"),
                    path.addedP50().isEmpty() ? "–" : range(path.addedP50(), "%+.3f"), path.errors(), path.sent(),
                    path.answeredBody() ? "yes" : "**no**"));
        }
        repeats
            .forEach(
                    repeat -> repeat.paths()
                        .stream()
                        .filter(path -> !path.errorKinds().isEmpty())
                        .forEach(path -> md.append(format(
                                "\nErrors at the fixed rate on %s in repeat %d: %s (the path could not "
                                        + "keep up with the rate).\n",
                                path.name(), repeat.number(), path.errorKinds()))));
        ratios(md, repeats, ratios, summary);
        md.append("\n## Targets\n\n| target | goal | measured (median, min–max) | |\n|---|---|---|---|\n");
        for (OverheadReport.Target target : report.targets()) {
            md.append(format("| %s | %s | %s | %s |\n", target.name(), target.goal(), target.measured(),
                    target.met() ? "met" : "**not met**"));
        }
        perRepeat(md, repeats);
        md.append("\n## Machine\n\n")
            .append(report.machine().describe())
            .append(".\n")
            .append(report.machine().cpuAffinity())
            .append("; the backend and every proxy share the system-under-test CPUs, only one path is loaded at a "
                    + "time.\nJVM flags of both gateways: `")
            .append(String.join(" ", report.machine().jvmFlags()))
            .append("`.\n\n");
        commandAndRun(md, report);
        List<String> lagging = repeats.stream()
            .flatMap(repeat -> repeat.paths()
                .stream()
                .filter(path -> path.sendLag().p99() > 1)
                .map(path -> path.name() + " (repeat " + repeat.number() + ")"))
            .toList();
        if (!lagging.isEmpty()) {
            md.append("\nThe generator itself fell behind (send lag p99 > 1 ms) on: ")
                .append(String.join(", ", lagging))
                .append("; those latencies include that lag.\n");
        }
        md.append("\n## Provenance\n\n").append(ProvenanceMarkdown.render(report.provenance()));
        return md.toString();
    }

    private static void method(StringBuilder md, OverheadReport report, OverheadReport.RatioSummary ratios) {
        OverheadPlan plan = report.plan();
        String rate = (plan.rate() != null) ? format("%.0f req/s (`--rate`)", plan.rate())
                : format("half of nginx's maximum in the same repeat (%s req/s)", range(ratios.rate(), "%,.0f"));
        md.append(format("A constant-cost backend (fixed %d-byte JSON answered by nginx, 1 worker, far faster than any "
                + "proxy) reached four ways: directly, through nginx (1 worker, upstream keepalive), through a stock "
                + "Spring Cloud Gateway (same Spring Boot and Spring Cloud versions, one route, no custom filters, "
                + "default settings) and through the strangler gateway (capability in MONOLITH mode); both gateways "
                + "run in their own JVMs with the same flags and CPUs. %d %s, each with fresh processes and the paths "
                + "in that order: %d s of warm-up then %d s of closed-loop saturation, %d connections, by a Netty "
                + "generator (one event-loop thread, kept-alive HTTP/1.1 connections); then every path's latency at a "
                + "fixed open-model rate of %s for %d s by the same generator (as wrk2: the connections take turns, "
                + "latency measured from when each request was due). Figures are medians "
                + "over the repeats, minimum–maximum in brackets.\n\n", FixedBackend.BODY.length, plan.repeats(),
                plan.repeats() == 1 ? "repeat" : "repeats", plan.warmup().toSeconds(), plan.saturation().toSeconds(),
                plan.connections(), rate, plan.measure().toSeconds()));
    }

    private static void ratios(StringBuilder md, List<OverheadRepeat> repeats, OverheadReport.RatioSummary ratios,
            List<OverheadReport.PathSummary> summary) {
        md.append(
                "\n## Ratios of maximum throughput\n\n| ratio | median | min – max | per repeat |\n|---|---:|---:|---|\n");
        ratio(md, "gateway / stock SCG", ratios.gatewayToStockScg(), repeats,
                repeat -> repeat.ratios().gatewayToStockScg());
        ratio(md, "gateway / nginx", ratios.gatewayToNginx(), repeats, repeat -> repeat.ratios().gatewayToNginx());
        ratio(md, "direct / fastest proxy (generator headroom)", ratios.directToFastestProxy(), repeats,
                repeat -> repeat.ratios().directToFastestProxy());
        Spread headroom = ratios.directToFastestProxy();
        double generatorCpu = summary.stream()
            .filter(path -> path.name().equals(OverheadBenchmark.DIRECT))
            .findFirst()
            .map(path -> path.generatorCpu().max())
            .orElse(Double.NaN);
        if (headroom.min() >= OverheadReport.MIN_HEADROOM) {
            md.append(
                    format("\nThe direct path sustained at least %.2f× the fastest proxy in every repeat: neither the "
                            + "generator nor the backend caps the proxies.\n", headroom.min()));
        }
        else if (headroom.min() < 1) {
            md.append(
                    format("\n**In one repeat or more the direct path sustained less than a proxy in front of the same "
                            + "backend (%.2f× the fastest proxy): something else took the CPUs during that repeat, its figures "
                            + "are not comparable.**\n", headroom.min()));
        }
        else if (generatorCpu < OverheadReport.BUSY_GENERATOR_CPU) {
            md.append(format("\nThe direct path sustained %.2f× the fastest proxy at least (goal: %.0f×) while the "
                    + "generator used at most %.2f of a CPU: what limited the direct path was the backend's CPU, which "
                    + "every proxy shares with its backend, not the generator.\n", headroom.min(),
                    OverheadReport.MIN_HEADROOM, generatorCpu));
        }
        else {
            md.append(format("\n**The direct path sustained only %.2f× the fastest proxy in one repeat or more (goal: "
                    + "%.0f×) with the generator using %.2f of a CPU: the generator may be capping the paths, so the "
                    + "ratios above may understate the differences between them.**\n", headroom.min(),
                    OverheadReport.MIN_HEADROOM, generatorCpu));
        }
    }

    private static void ratio(StringBuilder md, String name, Spread spread, List<OverheadRepeat> repeats,
            Function<OverheadRepeat, Double> value) {
        md.append(format("| %s | %.2f | %.2f – %.2f | %s |\n", name, spread.median(), spread.min(), spread.max(),
                repeats.stream().map(repeat -> format("%.2f", value.apply(repeat))).collect(Collectors.joining(", "))));
    }

    private static void perRepeat(StringBuilder md, List<OverheadRepeat> repeats) {
        md.append(
                "\n## Per repeat\n\nMaximum throughput req/s, then p50 ms at the repeat's fixed rate.\n\n| repeat | rate req/s |");
        OverheadBenchmark.ORDER.forEach(name -> md.append(' ').append(label(name)).append(" |"));
        md.append("\n|---:|---:|").append("---:|".repeat(OverheadBenchmark.ORDER.size())).append('\n');
        for (OverheadRepeat repeat : repeats) {
            md.append(format("| %d | %,.0f |", repeat.number(), repeat.rate()));
            for (String name : OverheadBenchmark.ORDER) {
                md.append(OverheadReport.path(repeat.paths(), name)
                    .map(path -> format(" %,.0f / %.3f |", path.saturation().throughput(), path.latency().p50()))
                    .orElse(" – |"));
            }
            md.append('\n');
        }
    }

    /** The path's name as the tables show it. */
    static String label(String name) {
        return OverheadBenchmark.STOCK_SCG.equals(name) ? "stock SCG" : name;
    }

    /** {@code median (min–max)}, or the one value when there was one repeat. */
    static String range(Spread spread, String pattern) {
        if (spread.isEmpty()) {
            return "–";
        }
        String median = format(pattern, spread.median());
        return (spread.samples() == 1) ? median
                : median + " (" + format(pattern, spread.min()) + "–" + format(pattern, spread.max()) + ")";
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /**
     * The Markdown of a run from before there were repeats, exactly as it was written
     * then.
     */
    private static final class SingleRunMarkdown {

        private static String backend(OverheadReport report) {
            return OverheadReport.NGINX_BACKEND.equals(report.backend())
                    ? " answered by nginx, 1 worker, far faster than any proxy" : ", JDK HTTP server in its own JVM";
        }

        private static String gatewayMode(OverheadReport report) {
            return OverheadReport.NGINX_BACKEND.equals(report.backend()) ? "MONOLITH" : "SERVICE";
        }

        static String render(OverheadReport report) {
            List<PathResult> paths = Objects.requireNonNullElse(report.paths(), List.of());
            List<OverheadReport.Added> addedToDirect = Objects.requireNonNullElse(report.added(), List.of());
            StringBuilder md = new StringBuilder("# Gateway overhead\n\n");
            if (report.quick()) {
                md.append("> **--quick harness check**: a few seconds per path; these numbers measure nothing.\n\n");
            }
            OverheadPlan plan = report.plan();
            double rate = Objects.requireNonNullElse(plan.rate(), 0.0);
            md.append(format("A constant-cost backend (fixed %d-byte JSON" + backend(report) + ") reached three "
                    + "ways: directly, through the strangler gateway (capability in " + gatewayMode(report)
                    + " mode, its own JVM) and through nginx (1 worker, upstream keepalive). Latency at a fixed open-model rate of %.0f req/s for %d s "
                    + "after %d s of warm-up at saturation (%d connections, so that each JVM's JIT has compiled its hot path), "
                    + "measured from the intended send time; maximum throughput by closed-loop saturation with %d connections "
                    + "for %d s.\n\n", FixedBackend.BODY.length, rate, plan.measure().toSeconds(),
                    plan.warmup().toSeconds(), plan.connections(), plan.connections(), plan.saturation().toSeconds()));
            md.append("| path | p50 ms | p90 ms | p99 ms | added p50 ms | added p99 ms | errors | max throughput req/s "
                    + "| saturation p50 / p99 ms |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (PathResult path : paths) {
                var added = addedToDirect.stream().filter(a -> a.proxy().equals(path.name())).findFirst();
                md.append(format("| %s | %.3f | %.3f | %.3f | %s | %s | %d / %d | %.0f | %.2f / %.2f |\n",
                        path.name() + " (" + path.description() + ")", path.latency().p50(), path.latency().p90(),
                        path.latency().p99(), added.map(a -> format("%+.3f", a.p50Millis())).orElse("–"),
                        added.map(a -> format("%+.3f", a.p99Millis())).orElse("–"), path.errors(), path.sent(),
                        path.saturation().throughput(), path.saturation().latency().p50(),
                        path.saturation().latency().p99()));
            }
            paths.stream()
                .filter(path -> !path.errorKinds().isEmpty())
                .forEach(path -> md.append("\nErrors at the fixed rate on ")
                    .append(path.name())
                    .append(": ")
                    .append(path.errorKinds())
                    .append(" (the path could not keep up with the rate).\n"));
            md.append("\n## Targets\n\n| target | goal | measured | |\n|---|---|---|---|\n");
            for (OverheadReport.Target target : report.targets()) {
                md.append(format("| %s | %s | %s | %s |\n", target.name(), target.goal(), target.measured(),
                        target.met() ? "met" : "**not met**"));
            }
            md.append("\n## Machine\n\n")
                .append(report.machine().describe())
                .append(".\n")
                .append(report.machine().cpuAffinity())
                .append("; the backend and the proxy under test share the system-under-test CPUs.\nJVM flags: `")
                .append(String.join(" ", report.machine().jvmFlags()))
                .append("`.\n\n");
            commandAndRun(md, report);
            List<PathResult> lagging = paths.stream().filter(path -> path.sendLag().p99() > 1).toList();
            if (!lagging.isEmpty()) {
                md.append("\nThe load generator itself fell behind (send lag p99 > 1 ms) on: ")
                    .append(String.join(", ", lagging.stream().map(PathResult::name).toList()))
                    .append("; its latencies include that lag.\n");
            }
            md.append("\n## Provenance\n\n").append(ProvenanceMarkdown.render(report.provenance()));
            return md.toString();
        }

    }

    /** The command that made the report and when it ran. */
    private static void commandAndRun(StringBuilder md, OverheadReport report) {
        md.append("## Command\n\n```\n")
            .append(report.command())
            .append("\n```\n\nRun from ")
            .append(report.started())
            .append(" to ")
            .append(report.finished())
            .append(". Raw figures: `gateway-overhead.json`.\n");
    }

}
