package dev.ficus.bench.redeploy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ProvenanceMarkdown;

/**
 * Renders a {@link RedeployReport} as {@code summary.md}: the conclusion, the method, one
 * table over the cases, then each case's repeats and restarts, every figure from the
 * report.
 */
final class RedeployMarkdown {

    private RedeployMarkdown() {
    }

    static String render(RedeployReport report) {
        StringBuilder md = new StringBuilder("# Deploy without downtime (issue #25, claim 4)\n\n");
        md.append("Made by `")
            .append(String.valueOf(report.provenance().command()).replace("`", "'"))
            .append("`, ")
            .append(report.startedAt())
            .append(" to ")
            .append(report.finishedAt())
            .append(".\n\n");
        if (report.quick()) {
            md.append("**`--quick` harness check: a few seconds of load per redeploy, the figures mean nothing.**\n\n");
        }
        md.append(report.conclusion()).append("\n\n");
        method(md, report);
        overview(md, report);
        report.cases().forEach(result -> details(md, result));
        md.append("## Provenance\n\n").append(ProvenanceMarkdown.render(report.provenance()));
        return md.toString();
    }

    private static void method(StringBuilder md, RedeployReport report) {
        RedeployReport.Settings settings = report.settings();
        md.append("## Method\n\n")
            .append("Each case starts its shape as separate JVMs on loopback (JVM flags `")
            .append(String.join(" ", report.machine().jvmFlags()))
            .append("`; ")
            .append(report.machine().describe())
            .append("), their data in the local PostgreSQL, one schema per application shared by its instances, "
                    + "which only the first instance seeds with ")
            .append(settings.productCount())
            .append(" products. It reads the owners' truth (every product and its stock) and offers an open-model "
                    + "load of ")
            .append(count(settings.ratePerSecond()))
            .append(" req/s of the shop mix (browse catalog 60 %, product detail 25 %, place order 10 %, order "
                    + "status 5 %, with ")
            .append(settings.stockCheckPercent())
            .append(" % of requests replaced by stock reads, so inventory is observed directly) to the shape's entry: "
                    + "the monolith alone, else the gateway. After ")
            .append(settings.warmUpMillis() / 1000)
            .append(" s of that load, not counted, it redeploys ")
            .append(settings.repeats())
            .append(" time(s) in a row on the same running shape, each under a load of its own: ")
            .append(settings.beforeStopMillis() / 1000)
            .append(" s of load, then each restarted process in turn gets SIGTERM (graceful shutdown: it stops "
                    + "taking connections and finishes what it serves), is launched again with the same command "
                    + "line and port once it has exited, at `nice -n ")
            .append(settings.relaunchNiceness())
            .append("` (a new instance would start on a node of its own; here it shares the cores of those "
                    + "serving), and the next process is stopped only once this one answers its readiness probe; "
                    + "the load goes on ")
            .append(settings.afterReadyMillis() / 1000)
            .append(" s after the last is ready. A request **failed** when answered 5xx, unanswered within ")
            .append(settings.requestTimeoutMillis() / 1000)
            .append(" s, or its connection was refused or broken; a 2xx whose content differs from the owners' truth "
                    + "is a **wrong answer**, counted apart. Each request is placed on a ")
            .append(settings.bucketMillis())
            .append(" ms timeline by the time it was meant to be sent; **failing for** runs from the start of the "
                    + "first bucket with a failure or wrong answer to the end of the last, over every endpoint. "
                    + "**Wall time** runs from the first SIGTERM to the last process ready. **Served after** is the "
                    + "number of `/api` requests a restarted process's own `http_server_requests` metric counted by "
                    + "the end of the load. The gateway balances over several instances of the monolith "
                    + "(`monolith-urls`) as over those of a service (`service-urls`), checks each one's health every "
                    + "second, and sends a request whose connection was refused, or a GET whose connection broke, "
                    + "to another instance: the monolith can roll like a service once it has a load balancer in "
                    + "front and a second instance.\n\n");
    }

    private static void overview(StringBuilder md, RedeployReport report) {
        md.append("## Results\n\nMedian (min–max) over the repeats.\n\n")
            .append("| case | restarted | requests | failed (5xx, timeouts, refused) | wrong answers | failed or wrong "
                    + "| failing for s | endpoints that failed | redeploy wall time s | SIGTERM → exit s "
                    + "| launch → ready s |\n")
            .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |\n");
        for (CaseResult result : report.cases()) {
            CaseResult.Summary summary = result.summary();
            md.append("| ").append(result.title()).append(" | ").append(String.join(", ", result.restarted()));
            if (summary == null) {
                md.append(" | not measured: ").append(result.failure()).append(" ||||||||\n");
                continue;
            }
            md.append(" | ")
                .append(spread(summary.requests(), false))
                .append(" | ")
                .append(spread(summary.failed(), false))
                .append(" | ")
                .append(spread(summary.wrong(), false))
                .append(" | ")
                .append(spread(summary.failedOrWrongPercent(), true))
                .append(" % | ")
                .append(spread(summary.failingSeconds(), true))
                .append(" | ")
                .append(summary.failingEndpoints().isEmpty() ? "none" : String.join(", ", summary.failingEndpoints()))
                .append(" | ")
                .append(spread(summary.wallSeconds(), true))
                .append(" | ")
                .append(spread(summary.stopSeconds(), true))
                .append(" | ")
                .append(spread(summary.startSeconds(), true))
                .append(" |\n");
        }
        md.append('\n');
    }

    private static void details(StringBuilder md, CaseResult result) {
        md.append("## ").append(result.title()).append("\n\nShape: ").append(result.shape());
        md.append(result.rolling() ? "; the gateway balances over the restarted processes" : "").append(".");
        if (!result.failure().isEmpty()) {
            md.append(" **Stopped early:** ").append(result.failure());
        }
        md.append("\n\n| repeat | requests | failed (by kind) | wrong (by kind) | failed before the first SIGTERM "
                + "| failing from → to s | endpoints (failed + wrong / requests) | wall time s |\n"
                + "| ---: | ---: | --- | --- | ---: | --- | --- | ---: |\n");
        for (RepeatResult repeat : result.repeats()) {
            md.append("| ")
                .append(repeat.repeat())
                .append(" | ")
                .append(repeat.requests())
                .append(" | ")
                .append(byKind(repeat.failed(), repeat.failedBy()))
                .append(" | ")
                .append(byKind(repeat.wrong(), repeat.wrongBy()))
                .append(" | ")
                .append(repeat.failedBeforeStop())
                .append(" | ")
                .append(window(repeat))
                .append(" | ")
                .append(endpoints(repeat))
                .append(" | ")
                .append(seconds(repeat.wallMillis() / 1000.0))
                .append(" |\n");
        }
        md.append("\n| repeat | restarted | pid before → after | exit code | SIGTERM at s | exited at s | ready at s "
                + "| served after |\n| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (RepeatResult repeat : result.repeats()) {
            for (RestartStep step : repeat.steps()) {
                md.append("| ")
                    .append(repeat.repeat())
                    .append(" | ")
                    .append(step.process())
                    .append(" | ")
                    .append(step.oldPid())
                    .append(" → ")
                    .append(step.newPid())
                    .append(" | ")
                    .append(step.exitCode())
                    .append(" | ")
                    .append(seconds(step.stopAtMillis() / 1000.0))
                    .append(" | ")
                    .append(seconds(step.exitedAtMillis() / 1000.0))
                    .append(" | ")
                    .append(seconds(step.readyAtMillis() / 1000.0))
                    .append(" | ")
                    .append((step.servedRequests() < 0) ? "unknown" : Long.toString(step.servedRequests()))
                    .append(" |\n");
            }
        }
        md.append("\nTimes are from the start of each repeat's load.\n\n");
    }

    private static String window(RepeatResult repeat) {
        Long first = repeat.firstFailingAtMillis();
        if (first == null) {
            return "none";
        }
        return seconds(first / 1000.0) + " → " + seconds((first + repeat.failingMillis()) / 1000.0);
    }

    private static String endpoints(RepeatResult repeat) {
        String failing = repeat.endpoints()
            .stream()
            .filter(endpoint -> endpoint.failed() + endpoint.wrong() > 0)
            .map(endpoint -> endpoint.endpoint() + " " + (endpoint.failed() + endpoint.wrong()) + "/"
                    + endpoint.requests())
            .collect(Collectors.joining(", "));
        return failing.isEmpty() ? "none" : failing;
    }

    private static String byKind(long total, Map<String, Long> kinds) {
        if (total == 0) {
            return "0";
        }
        return total + " ("
                + kinds.entrySet()
                    .stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(kind -> kind.getKey() + ": " + kind.getValue())
                    .collect(Collectors.joining(", "))
                + ")";
    }

    /** {@code median (min–max)}, or the median alone when every repeat agreed. */
    static String spread(Spread spread, boolean fractional) {
        if (spread.isEmpty()) {
            return "-";
        }
        String median = fractional ? seconds(spread.median()) : count(spread.median());
        if (spread.min() == spread.max()) {
            return median;
        }
        List<String> range = List.of(fractional ? seconds(spread.min()) : count(spread.min()),
                fractional ? seconds(spread.max()) : count(spread.max()));
        return median + " (" + range.get(0) + "–" + range.get(1) + ")";
    }

    /** One decimal. */
    static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A whole number when it is one (a median of two may end in .5). */
    static String count(double value) {
        return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

}
