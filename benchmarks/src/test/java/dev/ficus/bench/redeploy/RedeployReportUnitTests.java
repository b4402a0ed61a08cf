package dev.ficus.bench.redeploy;

import static dev.ficus.bench.redeploy.RepeatResultUnitTests.load;
import static dev.ficus.bench.redeploy.RepeatResultUnitTests.stats;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;

class RedeployReportUnitTests {

    @TempDir
    Path out;

    @Test
    void conclusionSaysTheLoadBalancerNotTheSplitGivesZeroDowntimeWhenNeitherRolledShapeFailed() {
        List<CaseResult> cases = List.of(result(RedeployCase.MONOLITH, 400, 380, 420),
                result(RedeployCase.GATEWAY_MONOLITHS, 0, 0, 0), result(RedeployCase.INVENTORY_SERVICES, 0, 0, 0));

        assertThat(RedeployReport.conclusion(cases)).isEqualTo("Restarting the monolith alone failed 400 requests "
                + "for 14.0 s; rolling two monolith instances behind the gateway failed 0 requests; rolling two "
                + "inventory-service instances behind it failed 0 requests (medians over the repeats): with a second "
                + "instance behind a load balancer both shapes redeploy without a failed request, so a deploy without "
                + "downtime comes from the load balancer, not from the split into services.");
    }

    @Test
    void conclusionSaysTheSplitHelpedWhenTheRolledServiceFailedLessThanTheRolledMonolith() {
        List<CaseResult> cases = List.of(result(RedeployCase.GATEWAY_MONOLITHS, 7, 3, 9),
                result(RedeployCase.INVENTORY_SERVICES, 1, 0, 2));

        assertThat(RedeployReport.conclusion(cases))
            .startsWith("Rolling two monolith instances behind the gateway "
                    + "failed 7 requests; rolling two inventory-service instances behind it failed 1 request")
            .endsWith("the rolled service failed fewer requests than the rolled monolith, so here the split into "
                    + "services made the deploy gentler.");
    }

    @Test
    void conclusionSaysTheRolledMonolithDidAsWellWhenItFailedNoMore() {
        List<CaseResult> cases = List.of(result(RedeployCase.GATEWAY_MONOLITHS, 2, 0, 3),
                result(RedeployCase.INVENTORY_SERVICES, 2, 1, 4));

        assertThat(RedeployReport.conclusion(cases)).endsWith(": the rolled monolith failed no more requests than "
                + "the rolled service, so a deploy without downtime comes from a second instance behind a load "
                + "balancer, not from the split into services.");
    }

    @Test
    void conclusionOfCasesThatAllStoppedEarlySaysNothingCanBeConcluded() {
        CaseResult stopped = CaseResult.of(RedeployCase.MONOLITH, "monolith alone", List.of(), "not ready");

        assertThat(RedeployReport.conclusion(List.of(stopped)))
            .isEqualTo("No case ran to its end, so nothing can be concluded.");
    }

    @Test
    void summaryGivesMedianAndRangeOverTheRepeatsAndTheMarkdownShowsThem() throws Exception {
        CaseResult monolith = result(RedeployCase.MONOLITH, 400, 380, 420);
        RedeployReport report = report(List.of(monolith, CaseResult.of(RedeployCase.INVENTORY_SERVICES,
                "gateway -> services", List.of(), "not ready after 300 s")));

        assertThat(monolith.summary()).isNotNull();
        assertThat(monolith.summary().failed().median()).isEqualTo(400);
        assertThat(monolith.summary().failed().min()).isEqualTo(380);
        assertThat(monolith.summary().failed().max()).isEqualTo(420);
        assertThat(monolith.summary().failingEndpoints()).containsExactly("browse-catalog");
        String markdown = RedeployMarkdown.render(report);
        assertThat(markdown).contains("| monolith alone, restarted | monolith | ")
            .contains("| 400 (380–420) | 0 |")
            .contains("| browse-catalog |")
            .contains("not measured: not ready after 300 s")
            .contains("**Stopped early:** not ready after 300 s")
            .contains("| 1 | monolith | 10 → 20 | 143 | 2.0 | 3.0 | 20.0 | 150 |")
            .contains(report.conclusion());

        List<Path> written = RedeployCommand.write(report, out);
        assertThat(written).containsExactly(out.resolve("results.json"), out.resolve("summary.md"));
        RedeployReport read = RedeployCommand.JSON.readValue(out.resolve("results.json").toFile(),
                RedeployReport.class);
        assertThat(read.cases().get(0).repeats().get(0).failed()).isEqualTo(380);
        assertThat(read.cases().get(0).summary().failed().median()).isEqualTo(400);
    }

    @Test
    void spreadShowsTheMedianAloneWhenEveryRepeatAgreed() {
        assertThat(RedeployMarkdown.spread(dev.ficus.bench.measure.Spread.of(List.of(0, 0, 0)), false)).isEqualTo("0");
        assertThat(RedeployMarkdown.spread(dev.ficus.bench.measure.Spread.of(List.of(1.25, 2.0)), true))
            .isEqualTo("1.6 (1.3–2.0)");
        assertThat(RedeployMarkdown.count(2.5)).isEqualTo("2.5");
    }

    /**
     * A case of three repeats failing {@code low}, {@code median}, {@code high} browse
     * requests in 14 s each.
     */
    private static CaseResult result(RedeployCase redeploy, long median, long low, long high) {
        List<RepeatResult> repeats = List.of(repeat(1, low), repeat(2, median), repeat(3, high));
        return CaseResult.of(redeploy, redeploy.title(), repeats, "");
    }

    private static RepeatResult repeat(int number, long failed) {
        // failures in buckets 20..75 (5 s to 19 s): a 14 s failing window
        Map<Integer, Long> errors = (failed == 0) ? Map.of() : Map.of(20, failed - failed / 2, 75, failed / 2);
        var browse = stats("browse-catalog", 120, errors, Map.of(),
                (failed == 0) ? Map.of() : Map.of("ConnectException", failed));
        return RepeatResult.of(number, load(browse), 30_000,
                List.of(new RestartStep("monolith", 10, 20, 143, 2_000, 3_000, 20_000, 150)));
    }

    private static RedeployReport report(List<CaseResult> cases) {
        return new RedeployReport(
                new Provenance("./ficus bench redeploy", "abc", false, Provenance.Machine.current(), null, null), false,
                "2026-12-03T19:00:00Z", "2026-12-03T19:10:00Z", MachineDescription.current("none", List.of("-Xmx384m")),
                RedeployReport.Settings.of(RedeployPlan.full(30, 3)), cases, RedeployReport.conclusion(cases));
    }

}
