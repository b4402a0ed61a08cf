package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.FaultCase;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.measure.TopologySummary;
import dev.ficus.bench.measure.TopologySummary.BlastSummary;
import dev.ficus.bench.report.ClaimVerdict.Favours;

/**
 * The "When it pays" section: every figure of the comparison and of the claims' own
 * benchmarks turned into which shape it favours, then the verdict computed from those,
 * placed against published results. Nothing here is written by hand but the anchors.
 */
final class WhenItPays {

    static final String ANCHORS = "Published results to place this against: Service Weaver (HotOS 2023) reports up to "
            + "15× lower latency and 9× lower cost for a logical monolith than for the same app as microservices; the "
            + "AcmeAir study (IISWC 2016) found microservices up to 79 % slower; T2-Project measured them 5.8× slower "
            + "with 4.6× the energy.";

    private static final String TABLES = "tables above";

    private WhenItPays() {
    }

    static List<String> of(BenchmarkReport report, List<ClaimVerdict> claims) {
        List<TopologyResult> measured = report.topologies()
            .stream()
            .filter(topology -> topology.summary().successfulRepeats() > 0)
            .toList();
        if (report.quick() || measured.size() < 2) {
            return List.of("Not judged: " + (report.quick() ? "a --quick harness check measures nothing."
                    : "fewer than two topologies produced results."));
        }
        TopologyResult monolith = measured.get(0);
        TopologyResult split = measured.get(measured.size() - 1);
        List<ClaimVerdict> verdicts = new ArrayList<>(comparison(monolith, split, report));
        verdicts.addAll(claims);
        List<String> lines = new ArrayList<>();
        verdicts.forEach(verdict -> lines.add("**" + verdict.claim() + "** (" + favours(verdict, split.name()) + "): "
                + verdict.finding() + " (" + verdict.source() + ")"));
        lines.add(rate(monolith, split, report.plan()));
        claims.stream()
            .filter(claim -> claim.cpuSecondsSavedPerChange() != null)
            .findFirst()
            .ifPresent(claim -> lines.add(changePattern(claim, monolith, split, report.plan())));
        lines.add(verdict(verdicts, split.name(), cpuRatio(monolith, split, report.plan())));
        lines.add(ANCHORS + " " + here(monolith, split, report.plan()));
        return lines;
    }

    private static List<ClaimVerdict> comparison(TopologyResult monolith, TopologyResult split,
            BenchmarkReport report) {
        TopologySummary a = monolith.summary();
        TopologySummary b = split.summary();
        List<ClaimVerdict> verdicts = new ArrayList<>();
        verdicts.add(higherWins("throughput", b.maxSustainableRate(), a.maxSustainableRate(),
                "it sustained %s/s against the monolith's %s/s on the same CPU budget".formatted(
                        ResultTables.sustainable(b, report.plan()), ResultTables.sustainable(a, report.plan()))));
        Interpretation.highestCommonRate(a, b)
            .ifPresent(rates -> verdicts.add(lowerWins("latency", rates[1].p99(), rates[0].p99(),
                    "p99 at %s/s was %s ms against %s ms".formatted(Cells.format("%.0f", rates[0].rate()),
                            Cells.format("%.1f", rates[1].p99().median()),
                            Cells.format("%.1f", rates[0].p99().median())))));
        double cpuA = cpuPerThousand(a, report.plan());
        double cpuB = cpuPerThousand(b, report.plan());
        verdicts.add(lowerWins("CPU per request (the energy proxy)", single(cpuB), single(cpuA),
                "%s CPU-seconds per 1,000 requests against %s".formatted(Cells.format("%.2f", cpuB),
                        Cells.format("%.2f", cpuA))));
        verdicts.add(lowerWins("memory", b.totalPeakRssBytes(), a.totalPeakRssBytes(),
                "%s MiB summed peak RSS against %s MiB".formatted(
                        Cells.format("%.0f", b.totalPeakRssBytes().median() / (1 << 20)),
                        Cells.format("%.0f", a.totalPeakRssBytes().median() / (1 << 20)))));
        if (report.answersChecked()) {
            for (String row : FaultCase.ROWS) {
                Optional<BlastSummary> before = a.blast(row);
                Optional<BlastSummary> after = b.blast(row);
                if (before.isPresent() && after.isPresent()) {
                    verdicts.add(isolation(before.get(), after.get()));
                }
            }
        }
        return verdicts;
    }

    /**
     * Isolation from the same fault in both shapes: the share of requests that failed or
     * were answered wrong after it, judged on the repeats' ranges.
     */
    private static ClaimVerdict isolation(BlastSummary monolith, BlastSummary split) {
        Spread before = failedOrWrong(monolith);
        Spread after = failedOrWrong(split);
        String claim = "a failure stays local: " + split.row();
        String shares = "%s %% of requests failed or were answered wrong after the fault against %s %%"
            .formatted(Cells.format("%.1f", after.median() * 100), Cells.format("%.1f", before.median() * 100));
        if (before.median() == 0) {
            return new ClaimVerdict(claim, Favours.NEITHER,
                    shares + ": no request failed after the fault even in the monolith, so isolation could not be "
                            + "compared",
                    TABLES);
        }
        ClaimVerdict verdict = lowerWins(claim, after, before, shares);
        List<String> spared = monolith.failedEndpoints()
            .stream()
            .filter(endpoint -> !split.failedEndpoints().contains(endpoint))
            .toList();
        return (verdict.favours() != Favours.MICROSERVICES || spared.isEmpty()) ? verdict : new ClaimVerdict(claim,
                verdict.favours(), shares + ", and " + String.join(", ", spared) + " kept working", TABLES);
    }

    /** Failed plus wrong shares, their minima and maxima added as the range. */
    private static Spread failedOrWrong(BlastSummary blast) {
        return new Spread(blast.failedFraction().median() + blast.wrongFraction().median(),
                blast.failedFraction().min() + blast.wrongFraction().min(),
                blast.failedFraction().max() + blast.wrongFraction().max(), blast.measuredRepeats());
    }

    private static String rate(TopologyResult monolith, TopologyResult split, BenchmarkPlan plan) {
        Spread a = monolith.summary().maxSustainableRate();
        Spread b = split.summary().maxSustainableRate();
        if (a.isEmpty() || b.isEmpty()) {
            return "**Request rate**: not judged, a sustainable rate is missing.";
        }
        if (b.median() > a.median()) {
            return "**Request rate**: above %s/s, the monolith's sustainable rate, only %s met the SLO on this machine."
                .formatted(ResultTables.sustainable(monolith.summary(), plan), split.name());
        }
        return ("**Request rate**: there is no request rate on this machine above which %s comes out ahead: the "
                + "monolith sustained %s/s and it %s/s, on the same CPU.")
            .formatted(split.name(), ResultTables.sustainable(monolith.summary(), plan),
                    ResultTables.sustainable(split.summary(), plan));
    }

    /**
     * Builds and restarts cost CPU as serving does: the split pays in CPU overall while
     * what it saves on changes exceeds what it costs on requests.
     */
    static String changePattern(ClaimVerdict change, TopologyResult monolith, TopologyResult split,
            BenchmarkPlan plan) {
        double saved = java.util.Objects.requireNonNull(change.cpuSecondsSavedPerChange());
        double extra = cpuPerThousand(split.summary(), plan) - cpuPerThousand(monolith.summary(), plan);
        String prefix = "**Change pattern** (CPU of changes against CPU of requests): ";
        if (saved <= 0) {
            return prefix
                    + "%s saves no CPU on a change (%s CPU-seconds), so no pattern of changes pays back its %s "
                        .formatted(split.name(), Cells.format("%.0f", saved), Cells.format("%.2f", extra))
                    + "extra CPU-seconds per 1,000 requests.";
        }
        if (extra <= 0) {
            return prefix + "%s saves %s CPU-seconds per change and serves requests with no more CPU, so it uses less "
                .formatted(split.name(), Cells.format("%.0f", saved)) + "CPU whatever the pattern.";
        }
        double ratePerDailyChange = saved / (extra / 1000 * 86_400);
        return prefix
                + ("%s saves %s CPU-seconds per change (build, test and start, against the monolith running only the changed module's tests) and costs %s more per 1,000 "
                        + "requests: it uses less CPU in all only while the average load stays under %s req/s for each "
                        + "change made a day (under %s req/s at 10 changes a day).")
                    .formatted(split.name(), Cells.format("%.0f", saved), Cells.format("%.2f", extra),
                            Cells.format("%.3f", ratePerDailyChange), Cells.format("%.2f", ratePerDailyChange * 10));
    }

    private static String verdict(List<ClaimVerdict> verdicts, String split, double cpuRatio) {
        List<String> pays = claims(verdicts, Favours.MICROSERVICES);
        List<String> costs = claims(verdicts, Favours.MONOLITH);
        if (pays.isEmpty()) {
            return ("**Verdict**: for this app, on this machine, %s does not pay on any measured figure (the monolith "
                    + "is ahead on %s): as Fowler warns, consider microservices only when the system is too complex "
                    + "to manage as a monolith.")
                .formatted(split, String.join(", ", costs));
        }
        return ("**Verdict**: %s pays only in %s, and costs in %s (%s the CPU per request): it pays for a team whose "
                + "gains there are worth that, e.g. frequent changes and deploys of one capability or failures that "
                + "must not spread; for serving requests alone, the monolith is ahead.")
            .formatted(split, String.join(", ", pays), costs.isEmpty() ? "nothing measured" : String.join(", ", costs),
                    Cells.format("%.2f", cpuRatio) + "×");
    }

    private static String here(TopologyResult monolith, TopologyResult split, BenchmarkPlan plan) {
        return "Here %s took %s× the CPU per request%s.".formatted(split.name(),
                Cells.format("%.2f", cpuRatio(monolith, split, plan)),
                Interpretation.highestCommonRate(monolith.summary(), split.summary())
                    .map(rates -> " and %s× the p99 at %s/s".formatted(
                            Cells.format("%.2f", rates[1].p99().median() / rates[0].p99().median()),
                            Cells.format("%.0f", rates[0].rate())))
                    .orElse(""));
    }

    private static List<String> claims(List<ClaimVerdict> verdicts, Favours favours) {
        return verdicts.stream().filter(verdict -> verdict.favours() == favours).map(ClaimVerdict::claim).toList();
    }

    private static String favours(ClaimVerdict verdict, String split) {
        return switch (verdict.favours()) {
            case MONOLITH -> "the monolith is ahead";
            case MICROSERVICES -> split + " is ahead";
            case NEITHER -> "neither is ahead";
        };
    }

    private static double cpuRatio(TopologyResult monolith, TopologyResult split, BenchmarkPlan plan) {
        return cpuPerThousand(split.summary(), plan) / cpuPerThousand(monolith.summary(), plan);
    }

    /** CPU-seconds of every process under test per 1,000 requests at the fixed rates. */
    static double cpuPerThousand(TopologySummary summary, BenchmarkPlan plan) {
        double requests = plan.fixedRates().stream().mapToDouble(Double::doubleValue).sum()
                * plan.pointDuration().toMillis() / 1000.0;
        return summary.totalCpuSecondsFixedRate().median() / requests * 1000;
    }

    /** As {@link #lowerWins} with the spreads swapped: the higher median wins. */
    private static ClaimVerdict higherWins(String claim, Spread split, Spread monolith, String finding) {
        return lowerWins(claim, monolith, split, finding);
    }

    /**
     * The shape with the lower median wins unless the two ranges overlap, then neither
     * does: one repeat's noise is no verdict.
     */
    private static ClaimVerdict lowerWins(String claim, Spread split, Spread monolith, String finding) {
        return new ClaimVerdict(claim, ClaimVerdict.lowerWins(split, monolith), finding, TABLES);
    }

    private static Spread single(double value) {
        return new Spread(value, value, value, 1);
    }

}
