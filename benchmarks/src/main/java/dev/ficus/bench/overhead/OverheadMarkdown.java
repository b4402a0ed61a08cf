package dev.ficus.bench.overhead;

import java.util.List;
import java.util.Locale;

import dev.ficus.bench.report.ProvenanceMarkdown;

/**
 * Renders an {@link OverheadReport} as {@code gateway-overhead.md}: the table, the
 * targets, the machine and the command.
 */
final class OverheadMarkdown {

    private OverheadMarkdown() {
    }

    private static String backend(OverheadReport report) {
        return OverheadReport.NGINX_BACKEND.equals(report.backend())
                ? " answered by nginx, 1 worker, far faster than any proxy" : ", JDK HTTP server in its own JVM";
    }

    private static String gatewayMode(OverheadReport report) {
        return OverheadReport.NGINX_BACKEND.equals(report.backend()) ? "MONOLITH" : "SERVICE";
    }

    static String render(OverheadReport report) {
        StringBuilder md = new StringBuilder("# Gateway overhead\n\n");
        if (report.quick()) {
            md.append("> **--quick harness check**: a few seconds per path; these numbers measure nothing.\n\n");
        }
        OverheadPlan plan = report.plan();
        md.append(format("A constant-cost backend (fixed %d-byte JSON" + backend(report) + ") reached three "
                + "ways: directly, through the strangler gateway (capability in " + gatewayMode(report)
                + " mode, its own JVM) and through nginx (1 worker, upstream keepalive). Latency at a fixed open-model rate of %.0f req/s for %d s "
                + "after %d s of warm-up at saturation (%d connections, so that each JVM's JIT has compiled its hot path), "
                + "measured from the intended send time; maximum throughput by closed-loop saturation with %d connections "
                + "for %d s.\n\n", FixedBackend.BODY.length, plan.rate(), plan.measure().toSeconds(),
                plan.warmup().toSeconds(), plan.connections(), plan.connections(), plan.saturation().toSeconds()));
        md.append("| path | p50 ms | p90 ms | p99 ms | added p50 ms | added p99 ms | errors | max throughput req/s "
                + "| saturation p50 / p99 ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PathResult path : report.paths()) {
            var added = report.added().stream().filter(a -> a.proxy().equals(path.name())).findFirst();
            md.append(format("| %s | %.3f | %.3f | %.3f | %s | %s | %d / %d | %.0f | %.2f / %.2f |\n",
                    path.name() + " (" + path.description() + ")", path.latency().p50(), path.latency().p90(),
                    path.latency().p99(), added.map(a -> format("%+.3f", a.p50Millis())).orElse("–"),
                    added.map(a -> format("%+.3f", a.p99Millis())).orElse("–"), path.errors(), path.sent(),
                    path.saturation().throughput(), path.saturation().latency().p50(),
                    path.saturation().latency().p99()));
        }
        report.paths()
            .stream()
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
            .append("`.\n\n## Command\n\n```\n")
            .append(report.command())
            .append("\n```\n\nRun from ")
            .append(report.started())
            .append(" to ")
            .append(report.finished())
            .append(". Raw figures: `gateway-overhead.json`.\n");
        List<PathResult> lagging = report.paths().stream().filter(path -> path.sendLag().p99() > 1).toList();
        if (!lagging.isEmpty()) {
            md.append("\nThe load generator itself fell behind (send lag p99 > 1 ms) on: ")
                .append(String.join(", ", lagging.stream().map(PathResult::name).toList()))
                .append("; its latencies include that lag.\n");
        }
        md.append("\n## Provenance\n\n").append(ProvenanceMarkdown.render(report.provenance()));
        return md.toString();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

}
