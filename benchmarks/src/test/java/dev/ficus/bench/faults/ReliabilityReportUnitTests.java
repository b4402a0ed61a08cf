package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.report.MachineDescription;
import tools.jackson.databind.JsonNode;

class ReliabilityReportUnitTests {

    @TempDir
    Path out;

    @Test
    void judgesEachGoalAgainstTheWorstFault() {
        List<ReliabilityReport.Goal> goals = ReliabilityReport.Goal
            .of(List.of(run(fault(2000, 1, 0, 0, 0), fault(1000, 3, 2, 1, 4))));

        assertThat(goals).extracting(ReliabilityReport.Goal::measured, ReliabilityReport.Goal::met)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(3.0, false),
                    org.assertj.core.groups.Tuple.tuple(0.0, true), org.assertj.core.groups.Tuple.tuple(3.0, false),
                    org.assertj.core.groups.Tuple.tuple(4.0, false), org.assertj.core.groups.Tuple.tuple(0.0, true));
    }

    @Test
    void judgesTheReadGoalOnTheCapabilitiesAnOwnerKeptServingAndCountsEveryStaleRead() {
        List<RequestRecord> records = List.of(read("inventory", 503, RequestRecord.Verdict.FAILED),
                read("inventory", 200, RequestRecord.Verdict.STALE), read("catalog", 200, RequestRecord.Verdict.OK),
                read("orders", 504, RequestRecord.Verdict.FAILED), read("orders", 200, RequestRecord.Verdict.OK));
        FaultResult alone = FaultResult.of("inventory-service", java.util.Set.of("inventory"), 0, records,
                new FaultTiming(null, null, null, null, null), new WriteAudit(0, 0, 0, 0, 0, List.of()), "");
        FaultResult covered = FaultResult.of("inventory-service", java.util.Set.of(), 0, records,
                new FaultTiming(null, null, null, null, null), new WriteAudit(0, 0, 0, 0, 0, List.of()), "");

        assertThat(alone.reads().failedPerThousand()).isEqualTo(600.0);
        assertThat(alone.servedReads().sent()).isEqualTo(3);
        assertThat(alone.servedReads().failedByStatus()).containsExactly(Map.entry("504", 1L));
        assertThat(covered.servedReads()).isEqualTo(covered.reads());
        List<ReliabilityReport.Goal> goals = ReliabilityReport.Goal.of(List.of(run(alone)));
        assertThat(goals.get(0).measured()).isCloseTo(333.3, org.assertj.core.data.Offset.offset(0.1));
        assertThat(goals.get(1).measured()).isEqualTo(1.0);
        assertThat(goals.get(1).met()).isFalse();
    }

    @Test
    void meetsTheReadGoalAtOneFailurePerThousand() {
        assertThat(ReliabilityReport.Goal.of(List.of(run(fault(1000, 1, 0, 0, 0)))).get(0).met()).isTrue();
    }

    @Test
    void judgesGoalsUnmetWhenNothingWasMeasured() {
        ReliabilityReport.DatabaseRun nothing = new ReliabilityReport.DatabaseRun("embedded", 1, 1,
                "inventory-service: not ready after 300 s", List.of(), null);

        assertThat(ReliabilityReport.Goal.of(List.of(nothing))).allSatisfy(goal -> {
            assertThat(goal.measured()).isNull();
            assertThat(goal.met()).isFalse();
        });
    }

    @Test
    void writesJsonAndMarkdownWithCommandCommitMachineAndFigures() throws Exception {
        ReliabilityReport report = new ReliabilityReport("./ficus bench faults --database embedded", "abc123", false,
                "2026-12-02T16:00:00Z", "2026-12-02T16:10:00Z",
                new MachineDescription(2, 8L << 30, "AMD EPYC", "Linux 6", "OpenJDK 17", "none", List.of("-Xmx384m")),
                List.of(1.5, 1.0, 0.5), List.of(2.5, 1.5, 0.75),
                ReliabilityReport.Settings.of(FaultPlan.full(FaultPlan.RATE_DEFAULT)),
                List.of(run(fault(1000, 2, 1, 0, 0))),
                ReliabilityReport.Goal.of(List.of(run(fault(1000, 2, 1, 0, 0)))));

        List<Path> written = ReliabilityWriter.write(report, out);

        assertThat(written).containsExactly(out.resolve(ReliabilityWriter.JSON_FILE),
                out.resolve(ReliabilityWriter.MARKDOWN_FILE));
        assertThat(Files.list(out)).hasSize(2);
        JsonNode json = ReliabilityWriter.JSON.readTree(out.resolve(ReliabilityWriter.JSON_FILE).toFile());
        assertThat(json.path("command").asString()).isEqualTo("./ficus bench faults --database embedded");
        assertThat(json.path("commit").asString()).isEqualTo("abc123");
        assertThat(json.path("machine").path("cpuModel").asString()).isEqualTo("AMD EPYC");
        assertThat(json.path("loadAverageAfter").get(0).asDouble()).isEqualTo(2.5);
        JsonNode fault = json.path("runs").get(0).path("faults").get(0);
        assertThat(fault.path("reads").path("failedPerThousand").asDouble()).isEqualTo(2.0);
        assertThat(fault.path("audit").path("lost").asLong()).isEqualTo(1);
        assertThat(Files.readString(out.resolve(ReliabilityWriter.MARKDOWN_FILE)))
            .contains("Made by `./ficus bench faults --database embedded` at commit `abc123`")
            .contains("| acknowledged writes lost or split | 0 | 1 | **no** |")
            .contains("| inventory-service | 1000 | 1000 | 2 (503: 2) | 0 | 2 | 2 |");
    }

    @Test
    void saysForEveryRowOfARedundantRunThatOneOfTwoInstancesWasKilledAndTimesNoRecovery() throws Exception {
        FaultResult service = fault(1000, 0, 0, 0, 0);
        ReliabilityReport.DatabaseRun redundant = new ReliabilityReport.DatabaseRun("postgres", 2, 2, "",
                List.of(service), null);
        ReliabilityReport report = new ReliabilityReport("./ficus bench faults --database postgres --instances 2",
                "abc123", false, "2026-12-02T16:00:00Z", "2026-12-02T16:10:00Z",
                new MachineDescription(2, 8L << 30, "AMD EPYC", "Linux 6", "OpenJDK 17", "none", List.of("-Xmx384m")),
                List.of(1.5, 1.0, 0.5), List.of(2.5, 1.5, 0.75),
                ReliabilityReport.Settings.of(FaultPlan.full(FaultPlan.RATE_DEFAULT)), List.of(redundant),
                ReliabilityReport.Goal.of(List.of(redundant)));

        ReliabilityWriter.write(report, out);

        String markdown = Files.readString(out.resolve(ReliabilityWriter.MARKDOWN_FILE));
        assertThat(markdown)
            .contains("## postgres, 2 instances of each service and of the monolith: kill -9 under load")
            .contains("It balances the monolith over 2 instances too (`monolith-urls`, health checked)")
            .contains("A service's or the monolith's fault kills one instance; the others keep serving")
            .contains("| inventory-service (one of two instances killed) | 1000 | 1000 | 0 | 0 | 0 | 0 |")
            .contains("| 100 ms | n/a | 5,000 ms | n/a |")
            .contains("| inventory-service (one of two instances killed) | 10 | 10 | 0 | 0 | 0 |")
            .doesNotContain("| inventory-service |");
        assertThat(ReliabilityWriter.JSON.readTree(out.resolve(ReliabilityWriter.JSON_FILE).toFile())
            .path("runs")
            .get(0)
            .path("serviceInstances")
            .asInt()).isEqualTo(2);
    }

    @Test
    void namesTheMonolithOneOfTwoInstancesWhenItRanOnTwo() {
        FaultResult monolith = monolithFault();
        ReliabilityReport.DatabaseRun redundant = new ReliabilityReport.DatabaseRun("postgres", 2, 2, "", List.of(),
                null);

        assertThat(redundant.killed(monolith)).isEqualTo("monolith (one of two instances killed)");
        assertThat(redundant.coveredByOtherInstances(monolith)).isTrue();
        assertThat(redundant.shape()).isEqualTo("postgres, 2 instances of each service and of the monolith");
    }

    @Test
    void namesTheMonolithAloneInARunFromBeforeItHadSeveralInstancesAndEveryProcessAloneInASingleInstanceRun() {
        FaultResult monolith = monolithFault();
        // a report's JSON from before the monolith had several instances has no
        // monolithInstances
        ReliabilityReport.DatabaseRun redundant = new ReliabilityReport.DatabaseRun("postgres", 2, 0, "", List.of(),
                null);

        assertThat(redundant.killed(monolith)).isEqualTo("monolith");
        assertThat(redundant.coveredByOtherInstances(monolith)).isFalse();
        assertThat(run().killed(fault(1000, 0, 0, 0, 0))).isEqualTo("inventory-service");
        assertThat(run().shape()).isEqualTo("embedded, 1 instance of each service");
        assertThat(redundant.shape()).isEqualTo("postgres, 2 instances of each service");
    }

    private static FaultResult monolithFault() {
        FaultResult.Reads none = new FaultResult.Reads(0, 0, 0, 0, Map.of(), 0);
        return new FaultResult("monolith", 0, 0, none, none, new FaultResult.Writes(0, 0, 0, Map.of()), List.of(),
                new FaultTiming(null, null, null, null, null), new WriteAudit(0, 0, 0, 0, 0, List.of()), "");
    }

    private static RequestRecord read(String capability, int status, RequestRecord.Verdict verdict) {
        return new RequestRecord("read", capability, false, 0, 1, status, "", "service", verdict);
    }

    private static ReliabilityReport.DatabaseRun run(FaultResult... faults) {
        return new ReliabilityReport.DatabaseRun("embedded", 1, 1, "", List.of(faults),
                BadInputResult.of(List.of(new BadInputResult.Outcome("page overflow", "gateway", "GET",
                        "/api/catalog/products?page=2147483647", "400", true, true, List.of()))));
    }

    /**
     * A fault whose reads failed {@code failedPerThousand} per 1,000 and whose writes are
     * all accounted for.
     */
    private static FaultResult fault(long reads, long failedPerThousand, long lost, long split, long reused) {
        long failed = reads * failedPerThousand / 1000;
        FaultResult.Reads figures = new FaultResult.Reads(reads, reads - failed, 0, failed,
                (failed == 0) ? Map.of() : Map.of("503", failed), failedPerThousand);
        return new FaultResult("inventory-service", reads, 0, figures, figures,
                new FaultResult.Writes(0, 0, 0, Map.of()), List.of(), new FaultTiming(100L, 200L, 5000L, 6000L, 11000L),
                new WriteAudit(10, 10 - lost - split, lost, split, reused, List.of()), "");
    }

}
