package dev.ficus.bench.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.samskivert.mustache.Template;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.report.ProvenanceMarkdown;
import dev.ficus.bench.report.ReportTemplate;

/**
 * {@code summary.md} of {@code bench change-cost}, from the {@code change-cost.md}
 * template; its findings are computed from the figures.
 */
final class ChangeCostMarkdown {

    private static final String CHANGED_CANDIDATE = "inventory";

    private static final Template TEMPLATE = ReportTemplate.markdown(ChangeCostMarkdown.class, "change-cost.md");

    private ChangeCostMarkdown() {
    }

    static String render(ChangeCostReport report) {
        int candidates = report.reach().isEmpty() ? 0 : report.reach().get(0).candidates();
        return TEMPLATE.execute(new View(report.quick(), report.machine().describe(), report.repeats(),
                report.analysed(), report.machine().cpuAffinity(), String.join(" ", report.machine().jvmFlags()),
                candidates, report.reach().stream().map(ReachRow::of).toList(),
                report.builds().stream().map(BuildRow::of).toList(),
                report.starts().stream().map(StartRow::of).toList(), findings(report),
                ProvenanceMarkdown.render(report.provenance())));
    }

    record View(boolean quick, String machine, int repeats, String analysed, String cpu, String jvmFlags,
            int candidates, List<ReachRow> reach, List<BuildRow> builds, List<StartRow> starts, List<String> findings,
            String provenance) {
    }

    record ReachRow(String candidate, int types, int loc, int used, String dependents, String meanReach, String local) {

        static ReachRow of(ChangeReach reach) {
            return new ReachRow(reach.candidate(), reach.types(), reach.loc(), reach.usedTypes(),
                    reach.dependents().isEmpty() ? "none" : String.join(", ", reach.dependents()),
                    number(reach.meanReach(), 2), percent(reach.localShare()));
        }
    }

    record BuildRow(String shape, String unit, String command, String seconds, String cpu) {

        static BuildRow of(ChangeCostReport.BuildResult result) {
            return new BuildRow(result.build().shape(), result.build().unit(), result.build().commandLine(),
                    spread(result.timings().seconds(), result.failure()), spread(result.timings().cpu(), ""));
        }
    }

    record StartRow(String shape, String process, String seconds, String cpu) {

        static StartRow of(ChangeCostReport.StartResult result) {
            return new StartRow(result.shape(), result.process(), spread(result.timings().seconds(), result.failure()),
                    spread(result.timings().cpu(), ""));
        }
    }

    /**
     * What the figures say, one sentence each; a figure that is missing is said to be.
     */
    static List<String> findings(ChangeCostReport report) {
        List<String> findings = new ArrayList<>();
        Optional<Spread> whole = report.build(UnitBuild.WHOLE_MONOLITH).map(result -> result.timings().seconds());
        Optional<Spread> module = report.build(UnitBuild.MODULE_ONLY).map(result -> result.timings().seconds());
        Optional<Spread> service = report.build(UnitBuild.SERVICE).map(result -> result.timings().seconds());
        if (measured(whole) && measured(module) && measured(service)) {
            double serviceSeconds = service.get().median();
            findings.add(("A change to inventory is built and tested in %s s as inventory-service and in %s s with the "
                    + "whole monolith (%s× as long); a build of the monolith that runs only the inventory module's "
                    + "tests, as Spring Modulith's module tests allow, takes %s s (%s× the service's).")
                .formatted(number(serviceSeconds, 1), number(whole.get().median(), 1),
                        number(whole.get().median() / serviceSeconds, 2), number(module.get().median(), 1),
                        number(module.get().median() / serviceSeconds, 2)));
        }
        else {
            findings.add("The builds were not all measured, so build times are not compared; see the table.");
        }
        Optional<Spread> monolithStart = report.start("monolith").map(result -> result.timings().seconds());
        Optional<Spread> serviceStart = report.start("inventory-service").map(result -> result.timings().seconds());
        if (measured(monolithStart) && measured(serviceStart)) {
            findings
                .add("It serves again %s s after inventory-service is launched and %s s after the monolith is (%s×)."
                    .formatted(number(serviceStart.get().median(), 1), number(monolithStart.get().median(), 1),
                            number(monolithStart.get().median() / serviceStart.get().median(), 2)));
        }
        report.reach()
            .stream()
            .filter(reach -> reach.candidate().equals(CHANGED_CANDIDATE))
            .findFirst()
            .ifPresent(reach -> findings.add(reachFinding(reach)));
        findings.add(overallReach(report.reach()));
        return findings;
    }

    private static String reachFinding(ChangeReach reach) {
        if (reach.usedTypes() == 0) {
            return "No other candidate uses any of %s's %d types: every change to it stays inside."
                .formatted(reach.candidate(), reach.types());
        }
        return ("%d of %s's %d types are used by %s: a change to one of those reaches %s other candidate(s) on "
                + "average, which as services means changing a contract and deploying in step, and in the monolith "
                + "one build; the other %s of its types change alone in either shape.")
            .formatted(reach.usedTypes(), reach.candidate(), reach.types(), String.join(", ", reach.dependents()),
                    number(reach.usedTypes() == 0 ? 0 : reach.meanReach() * reach.types() / reach.usedTypes(), 2),
                    percent(reach.localShare()));
    }

    private static String overallReach(List<ChangeReach> reach) {
        int types = reach.stream().mapToInt(ChangeReach::types).sum();
        int used = reach.stream().mapToInt(ChangeReach::usedTypes).sum();
        if (types == 0) {
            return "The analysis found no candidate, so no reach is measured.";
        }
        return ("Across the %d candidates, %s of the %d types are used by no other candidate: a change to one of "
                + "those stays inside one service, or one module of the monolith.")
            .formatted(reach.size(), percent((double) (types - used) / types), types);
    }

    private static boolean measured(Optional<Spread> spread) {
        return spread.isPresent() && !spread.get().isEmpty();
    }

    private static String spread(Spread spread, String failure) {
        if (spread.isEmpty()) {
            return failure.isEmpty() ? "not measured" : "failed: " + failure.replace("|", "\\|");
        }
        String value = number(spread.median(), 1) + " (" + number(spread.min(), 1) + "–" + number(spread.max(), 1)
                + ")";
        return failure.isEmpty() ? value : value + ", then failed: " + failure.replace("|", "\\|");
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

}
