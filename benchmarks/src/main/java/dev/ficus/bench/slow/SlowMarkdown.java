package dev.ficus.bench.slow;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ProvenanceMarkdown;

/**
 * {@code summary.md} of {@code bench slow-dependency}: what it means, the method, the
 * figures of every shape before and while the inventory was slow (median and min–max over
 * repeats), each endpoint, each repeat and the provenance.
 */
public final class SlowMarkdown {

    private SlowMarkdown() {
    }

    public static String render(SlowReport report) {
        StringBuilder md = new StringBuilder("# A slow dependency: how much of the rest degrades\n\n");
        if (report.quick()) {
            md.append("> **Harness check (`--quick`)**: a few seconds per step and one repeat; the figures "
                    + "measure nothing.\n\n");
        }
        md.append("**What it means.** ").append(report.meaning()).append("\n\n");
        method(md, report);
        md.append("## While the inventory was slow\n\n");
        groups(md, report.shapes(), false);
        md.append("## Before it turned slow\n\n");
        groups(md, report.shapes(), true);
        for (ShapeResult shape : report.shapes()) {
            endpoints(md, shape);
        }
        repeats(md, report.shapes());
        md.append("## Provenance\n\n").append(ProvenanceMarkdown.render(report.provenance()));
        if (md.charAt(md.length() - 1) != '\n') {
            md.append('\n');
        }
        return md.toString();
    }

    private static void method(StringBuilder md, SlowReport report) {
        SlowReport.Settings settings = report.settings();
        CallSettings calls = settings.calls();
        md.append("## Method\n\n")
            .append("- Measured %s to %s on %s; %s.\n".formatted(report.started(), report.finished(),
                    report.machine().describe(), report.machine().cpuAffinity()))
            .append(("- Load: open model, %s requests/s of the shop mix (browse catalog 60 %%, product detail 25 %%, "
                    + "place order 10 %%, order status 5 %%) with %d %% of the requests replaced by stock-level reads; "
                    + "every 2xx answer is checked against the owners' truth read before the load, and a wrong one "
                    + "counts as failed. Each shape is started fresh %d time(s); a warm-up of %d s at the same rate "
                    + "is not counted.\n")
                .formatted(number(settings.rate()), settings.stockCheckPercent(), settings.repeats(),
                        settings.warmUpMillis() / 1000))
            .append(("- Fault: %d s into the %d s measured load, the inventory module's fault switch turns slow: "
                    + "every inventory operation waits %s ms where the failure switch would fail it, inside its "
                    + "transaction and holding its database connection as a slow store would, then answers as "
                    + "usual. It stays slow to the end of the load. The switched module is the monolith's own in "
                    + "the monolith shapes and inventory-service's (the same module) in the gateway-services "
                    + "shapes.\n")
                .formatted(settings.slowAfterMillis() / 1000, settings.loadMillis() / 1000,
                        number(settings.delayMillis())))
            .append(("- Figures: p50 and p99 of the right answers, from the time each request was meant to be sent "
                    + "(coordinated omission corrected); failed = 5xx, timeouts (the client gives up after %d s), "
                    + "refused connections and wrong answers, over the requests. \"Before\" counts the requests "
                    + "meant to be sent before the slowdown, \"slow\" those from then on (split at the start of its "
                    + "250 ms bucket). Cells are the median over repeats, with (min–max) when they differ.\n")
                .formatted(settings.requestTimeoutMillis() / 1000))
            .append("- Endpoints needing inventory: place-order (reserves stock) and stock-level; the others: "
                    + "browse-catalog, product-detail, order-status.\n")
            .append(("- The monolith calls inventory-service (gateway-services shapes) with a %s connect and %s read "
                    + "timeout, %d attempts 200 ms apart on a connection failure, timeout or 5xx, and a circuit "
                    + "breaker that %s and stays open %s; `-no-breaker` runs with "
                    + "`ficus.extracted.circuit-breaker-enabled=false`.\n\n")
                .formatted(calls.connectTimeout(), calls.readTimeout(), calls.retryAttempts(), calls.circuitBreaker(),
                        calls.circuitOpenFor()));
    }

    private static void groups(StringBuilder md, List<ShapeResult> shapes, boolean before) {
        md.append("| shape | not needing inventory: failed | p50 | p99 | needing inventory: failed | p50 | p99 |")
            .append(before ? "\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
                    : " circuit opened |\n" + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (ShapeResult shape : shapes) {
            md.append("| ").append(shape.name()).append(" | ");
            phase(md, shape.other(), before);
            md.append(" | ");
            phase(md, shape.inventory(), before);
            if (!before) {
                md.append(" | ")
                    .append(shape.circuitOpenings().isEmpty() ? "–"
                            : cell(shape.circuitOpenings(), SlowMarkdown::number));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private static void phase(StringBuilder md, FigureSpread figures, boolean before) {
        md.append(cell(before ? figures.failedBefore() : figures.failedSlow(), SlowMeaning::percent))
            .append(" | ")
            .append(cell(before ? figures.p50Before() : figures.p50Slow(), SlowMeaning::millis))
            .append(" | ")
            .append(cell(before ? figures.p99Before() : figures.p99Slow(), SlowMeaning::millis));
    }

    private static void endpoints(StringBuilder md, ShapeResult shape) {
        md.append("## ").append(shape.name()).append(" per endpoint\n\n").append(shape.description()).append(".\n\n");
        md.append("| endpoint | needs inventory | failed before | p50 before | p99 before | failed slow | p50 slow | "
                + "p99 slow |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (FigureSpread endpoint : shape.endpoints()) {
            md.append("| ")
                .append(endpoint.name())
                .append(" | ")
                .append(RepeatFigures.NEEDS_INVENTORY.contains(endpoint.name()) ? "yes" : "no")
                .append(" | ")
                .append(cell(endpoint.failedBefore(), SlowMeaning::percent))
                .append(" | ")
                .append(cell(endpoint.p50Before(), SlowMeaning::millis))
                .append(" | ")
                .append(cell(endpoint.p99Before(), SlowMeaning::millis))
                .append(" | ")
                .append(cell(endpoint.failedSlow(), SlowMeaning::percent))
                .append(" | ")
                .append(cell(endpoint.p50Slow(), SlowMeaning::millis))
                .append(" | ")
                .append(cell(endpoint.p99Slow(), SlowMeaning::millis))
                .append(" |\n");
        }
        md.append('\n');
    }

    private static void repeats(StringBuilder md, List<ShapeResult> shapes) {
        md.append("## Repeats\n\n| shape | repeat | requests sent | warm-up requests | circuit opened | failure |\n"
                + "| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (ShapeResult shape : shapes) {
            for (SlowRepeat repeat : shape.repeats()) {
                md.append("| %s | %d | %d | %d | %s | %s |\n".formatted(shape.name(), repeat.repeat(), repeat.sent(),
                        repeat.warmUpRequests(),
                        (repeat.circuitOpenings() == null) ? "–"
                                : repeat.circuitOpenings()
                                        + (Boolean.TRUE.equals(repeat.circuitDisabled()) ? " (breaker off)" : ""),
                        repeat.failure().isEmpty() ? "–" : repeat.failure().replace("|", "\\|")));
            }
        }
        md.append('\n');
    }

    /** The median, with (min–max) when the repeats differ; "–" for no figure. */
    static String cell(Spread spread, Function<Double, String> format) {
        if (spread.isEmpty()) {
            return "–";
        }
        String median = format.apply(spread.median());
        if (spread.samples() < 2 || format.apply(spread.min()).equals(format.apply(spread.max()))) {
            return median;
        }
        UnaryOperator<String> bare = text -> text.replace(" ms", "").replace(" %", "");
        return median + " (" + bare.apply(format.apply(spread.min())) + "–" + format.apply(spread.max()) + ")";
    }

    static String number(double value) {
        return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

}
