package dev.ficus.bench.scale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ProvenanceMarkdown;

/**
 * Renders {@code summary.md} of {@code bench scale-out}: verdict, method, one row per
 * topology with median and min–max, and what one more instance bought.
 */
final class ScaleOutMarkdown {

    private ScaleOutMarkdown() {
    }

    static String render(ScaleOutReport report) {
        StringBuilder md = new StringBuilder("# Scale out only what is hot\n\n");
        if (report.quick()) {
            md.append("> **`--quick` harness check:** a few seconds per step and one repeat; these figures measure "
                    + "nothing.\n\n");
        }
        md.append("Issue #25, claim 3: under a load where catalog reads dominate, what does one more monolith buy "
                + "behind the gateway, and what does one more catalog-service buy, per extra MiB of memory and per "
                + "extra CPU-second?\n\n");
        md.append("## Verdict\n\n").append(report.verdict()).append("\n\n");
        md.append("Every topology ran on the same CPU budget (")
            .append(report.machine().cpuAffinity())
            .append("). ")
            .append(budget(report.systemUnderTestCpus()))
            .append("\n\n");
        method(md, report);
        topologies(md, report);
        gains(md, report.gains());
        md.append("## Provenance\n\n")
            .append(ProvenanceMarkdown.render(report.provenance()).strip())
            .append("\n- JVM flags of every process: `")
            .append(String.join(" ", report.machine().jvmFlags()))
            .append("`\n- Started ")
            .append(report.started())
            .append(", finished ")
            .append(report.finished())
            .append("; every repeat's raw figures are in `results.json` (`measurements`).\n");
        return md.toString();
    }

    /** What the CPU budget lets an extra instance gain, in words. */
    static String budget(int cpus) {
        if (cpus == 1) {
            return "On one CPU an extra instance cannot add CPU: what it can gain is only what was not CPU-bound "
                    + "(time a request waits on something other than that CPU), and it costs the CPU of one more JVM "
                    + "and the database hop of the instance that reaches its data through the other. On a machine "
                    + "with spare cores for it, the same comparison could come out otherwise.";
        }
        if (cpus > 1) {
            return "The " + cpus + " CPUs of the system under test are shared by every instance: an extra instance "
                    + "adds no CPU, it can only use what the others left idle.";
        }
        return "The processes were not pinned (`--no-pin`): they and the load generator shared every CPU, so an "
                + "extra instance competed with the generator too.";
    }

    private static void method(StringBuilder md, ScaleOutReport report) {
        BenchmarkPlan plan = report.plan();
        BenchmarkPlan.Warmup warmUp = plan.warmUp();
        md.append("## Method\n\n")
            .append("- **Load**: open model, ")
            .append(report.mix()
                .stream()
                .map(share -> share.endpoint() + " " + percent(share.percent()))
                .collect(Collectors.joining(", ")))
            .append(": catalog reads 90 %, the rest place order and order status in the shop mix's 10 : 5. "
                    + "Every 2xx answer is checked against the owners' truth; a wrong one counts against the SLO.\n")
            .append("- **Topologies**, each started afresh per repeat:\n");
        report.topologies()
            .forEach(topology -> md.append("  - `")
                .append(topology.name())
                .append("`: ")
                .append(topology.description())
                .append(" (")
                .append(String.join(", ", topology.processes()))
                .append(")\n"));
        md.append("- The instances of one application share one database, as instances behind a load balancer "
                + "must: the embedded H2 file, which the process that opens it first serves to the other over TCP on "
                + "loopback (H2 `AUTO_SERVER`); only the first seeds it. So one of the two instances reaches its data "
                + "through the other.\n")
            .append("- **Per repeat**: warm-up in ")
            .append(warmUp.window().toSeconds())
            .append(" s windows at ")
            .append(percent(warmUp.utilization() * 100))
            .append(" of the CPU until at least ")
            .append(String.format(Locale.ROOT, "%,d", warmUp.minRequests()))
            .append(" requests were offered and no process's CPU per request fell by more than ")
            .append(percent(warmUp.settledDrop() * 100))
            .append(" a window, at most ")
            .append(warmUp.maxDuration().toSeconds())
            .append(" s; then ")
            .append(plan.fixedRates().stream().map(ScaleOutMarkdown::number).collect(Collectors.joining(", ")))
            .append(" req/s for ")
            .append(plan.pointDuration().toSeconds())
            .append(" s, whose CPU time of all processes (`/proc`) gives the CPU seconds per 1,000 requests; then a "
                    + "sweep of ")
            .append(plan.sweepPointDuration().toSeconds())
            .append(" s points at ")
            .append(plan.sweepRates().stream().map(ScaleOutMarkdown::number).collect(Collectors.joining(", ")))
            .append(" req/s, extended by half up to ")
            .append(number(plan.highestSweepRate()))
            .append(" while the SLO holds. The sustainable rate is the highest meeting the SLO (")
            .append(plan.slo().describe())
            .append(") with every lower rate; `≥` marks one whose sweep never broke it. Peak RSS is each "
                    + "process's `VmHWM` over the repeat, summed.\n")
            .append("- **Shorter than the main benchmark** (`./ficus bench`) to fit four topologies in about 15 "
                    + "minutes: ")
            .append(plan.repeats())
            .append(plan.repeats() == 1 ? " fresh start" : " fresh starts")
            .append(" per topology (main: 3), warm-up cut at ")
            .append(warmUp.maxDuration().toSeconds())
            .append(" s (main: ")
            .append(BenchmarkPlan.Warmup.DEFAULT.maxDuration().toSeconds())
            .append(" s), sweep points of ")
            .append(plan.sweepPointDuration().toSeconds())
            .append(" s (main: 10 s). A gain smaller than one sweep step shows as none.\n")
            .append("- **Gains**: from the medians, the topology with the extra instance minus the one without: "
                    + "sustainable req/s gained over extra summed peak RSS (MiB), and over extra CPU seconds per "
                    + "1,000 requests at the fixed rate (the same load in both). Where an instance added no CPU "
                    + "the second ratio says nothing and shows as n/a.\n\n");
    }

    private static void topologies(StringBuilder md, ScaleOutReport report) {
        md.append("## Per topology\n\nMedian, with min–max when the repeats differ.\n\n")
            .append("| Topology | Max sustainable req/s | Summed peak RSS, MiB | CPU s per 1,000 requests at ")
            .append(number(ScaleOutPlan.FIXED_RATE))
            .append(" req/s | Catalog requests served per instance | Notes |\n|---|---:|---:|---:|---|---|\n");
        for (ScaleFigures topology : report.topologies()) {
            md.append("| `")
                .append(topology.name())
                .append("` | ")
                .append(topology.lowerBound() ? "≥ " : "")
                .append(spread(topology.maxSustainableRate(), "%.0f"))
                .append(" | ")
                .append(spread(topology.peakRssMib(), "%.0f"))
                .append(" | ")
                .append(spread(topology.cpuSecondsPer1000Requests(), "%.2f"))
                .append(" | ")
                .append(served(topology.catalogRequestsServed()))
                .append(" | ")
                .append(notes(topology))
                .append(" |\n");
        }
        md.append('\n');
    }

    private static void gains(StringBuilder md, List<ScaleGain> gains) {
        md.append("## What one more instance bought\n\n|  |");
        gains.forEach(gain -> md.append(' ')
            .append(gain.option())
            .append(" (`")
            .append(gain.from())
            .append("` → `")
            .append(gain.to())
            .append("`) |"));
        md.append("\n|---|").append("---:|".repeat(gains.size())).append('\n');
        row(md, "Sustainable rate gained, req/s", gains,
                gain -> (gain.lowerBound() ? "≈ " : "") + ScaleVerdict.signed(gain.extraRequestsPerSecond()));
        row(md, "Extra summed peak RSS, MiB", gains, gain -> ScaleVerdict.signed(gain.extraRssMib()));
        row(md, "Extra CPU s per 1,000 requests", gains,
                gain -> String.format(Locale.ROOT, "%+.2f", gain.extraCpuSecondsPer1000Requests()));
        row(md, "**req/s gained per extra MiB of RSS**", gains,
                gain -> "**" + ScaleVerdict.ratio(gain.requestsPerSecondPerMib()) + "**");
        row(md, "**req/s gained per extra CPU-second** (per 1,000 requests)", gains,
                gain -> "**" + ScaleVerdict.ratio(gain.requestsPerSecondPerCpuSecond()) + "**");
        md.append('\n');
    }

    private static void row(StringBuilder md, String label, List<ScaleGain> gains,
            java.util.function.Function<ScaleGain, String> cell) {
        md.append("| ").append(label).append(" |");
        gains.forEach(gain -> md.append(' ').append(cell.apply(gain)).append(" |"));
        md.append('\n');
    }

    private static String notes(ScaleFigures topology) {
        StringBuilder notes = new StringBuilder();
        if (topology.successfulRepeats() == 0) {
            notes.append("no repeat succeeded; ");
        }
        if (!topology.failures().isEmpty()) {
            notes.append(String.join("; ", topology.failures()).replace('|', '/').replace('\n', ' ')).append("; ");
        }
        if (topology.unsettledWarmUps() > 0) {
            notes.append(topology.unsettledWarmUps()).append(" warm-up(s) ended before the CPU per request settled; ");
        }
        if (topology.disturbedRepeats() > 0) {
            notes.append(topology.disturbedRepeats())
                .append(" repeat(s) disturbed by other processes on the measured CPU; ");
        }
        String text = notes.toString();
        return text.isEmpty() ? "" : text.substring(0, text.length() - 2);
    }

    private static String served(Map<String, Spread> served) {
        if (served.isEmpty()) {
            return "not read";
        }
        return served.entrySet()
            .stream()
            .map(entry -> entry.getKey() + " " + spread(entry.getValue(), "%,.0f"))
            .collect(Collectors.joining(", "));
    }

    static String spread(@Nullable Spread spread, String format) {
        if (spread == null || spread.isEmpty()) {
            return "–";
        }
        String median = String.format(Locale.ROOT, format, spread.median());
        if (spread.samples() == 1 || spread.min() == spread.max()) {
            return median;
        }
        return median + " (" + String.format(Locale.ROOT, format, spread.min()) + "–"
                + String.format(Locale.ROOT, format, spread.max()) + ")";
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, (value == Math.rint(value)) ? "%.0f %%" : "%.1f %%", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

}
