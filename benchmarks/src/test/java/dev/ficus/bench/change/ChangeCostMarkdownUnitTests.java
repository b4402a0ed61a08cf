package dev.ficus.bench.change;

import java.util.List;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCostMarkdownUnitTests {

    private static final MachineDescription MACHINE = new MachineDescription(2, 1L << 34, "cpu", "Linux", "JDK 17",
            "system under test on CPU 1, load generator on CPU 0", List.of("-Xmx384m"));

    @Test
    void comparesTheBuildsAndStartsOfTheChangedUnitInEachShape() {
        List<UnitBuild> builds = UnitBuild.sample(false);
        ChangeCostReport report = new ChangeCostReport(new Provenance(null, null, null, null, null, null), MACHINE,
                false, 3, "monolith-app", ChangeReach.of(ChangeReachUnitTests.SHOP),
                List.of(new ChangeCostReport.BuildResult(builds.get(0),
                        new Timings(List.of(90_000L, 100_000L, 95_000L), List.of(180.0, 200.0, 190.0)), ""),
                        new ChangeCostReport.BuildResult(builds.get(1),
                                new Timings(List.of(40_000L, 42_000L, 41_000L), List.of(80.0, 84.0, 82.0)), ""),
                        new ChangeCostReport.BuildResult(builds.get(2),
                                new Timings(List.of(20_000L, 19_000L, 21_000L), List.of(40.0, 38.0, 42.0)), "")),
                List.of(new ChangeCostReport.StartResult("monolith", "monolith",
                        new Timings(List.of(16_000L), List.of(16.0)), ""),
                        new ChangeCostReport.StartResult("gateway-services", "inventory-service",
                                new Timings(List.of(8_000L), List.of(8.0)), "")));

        List<String> findings = ChangeCostMarkdown.findings(report);

        assertThat(findings.get(0))
            .startsWith("A change to inventory is built and tested in 20.0 s as "
                    + "inventory-service and in 95.0 s with the whole monolith (4.75× as long)")
            .contains("takes 41.0 s (2.05× the service's)");
        assertThat(findings.get(1)).isEqualTo(
                "It serves again 8.0 s after inventory-service is launched and 16.0 s after the monolith is (2.00×).");
        assertThat(findings.get(2)).startsWith("1 of inventory's 2 types are used by orders, shipping: a change to one "
                + "of those reaches 2.00 other candidate(s) on average");
        assertThat(findings.get(3)).startsWith("Across the 3 candidates, 75 % of the 4 types are used by no other");
        assertThat(ChangeCostMarkdown.render(report))
            .contains("| monolith | the whole monolith, every test | `./mvnw -B -o -q verify -pl monolith-app` | "
                    + "95.0 (90.0–100.0) | 190.0 (180.0–200.0) |")
            .contains("| inventory | 2 | 60 | 1 | orders, shipping | 1.00 | 50 % |");
    }

    @Test
    void saysBuildsAreNotComparedWhenOneFailed() {
        List<UnitBuild> builds = UnitBuild.sample(true);
        ChangeCostReport report = new ChangeCostReport(new Provenance(null, null, null, null, null, null), MACHINE,
                true, 1, "monolith-app", List.of(), List.of(new ChangeCostReport.BuildResult(builds.get(0),
                        new Timings(List.of(), List.of()), "./mvnw exited with 1")),
                List.of());

        assertThat(ChangeCostMarkdown.findings(report)).first()
            .isEqualTo("The builds were not all measured, so build times are not compared; see the table.");
        assertThat(ChangeCostMarkdown.render(report)).contains("--quick harness check")
            .contains("failed: ./mvnw exited with 1");
    }

}
