package dev.ficus.bench.change;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.ClaimVerdict;
import dev.ficus.bench.report.ClaimVerdict.Favours;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChangeCostVerdictUnitTests {

    private static final MachineDescription MACHINE = new MachineDescription(2, 1L << 34, "cpu", "Linux", "JDK 17",
            "system under test on CPU 1, load generator on CPU 0", List.of("-Xmx384m"));

    @TempDir
    Path benchmarks;

    @Test
    void readsTheWrittenReportAndFavoursTheShapeThatServesAChangeSooner() {
        write(report(false, 20_000L, 8_000L));

        ClaimVerdict verdict = ChangeCostVerdict.read(benchmarks).orElseThrow();

        assertThat(verdict.favours()).isEqualTo(Favours.MICROSERVICES);
        assertThat(verdict.finding()).isEqualTo("a change to inventory is built, tested and serving again in 28 s as "
                + "inventory-service, 57 s in the monolith running only the module's tests, 111 s with every test");
        assertThat(verdict.source()).isEqualTo("change-cost/summary.md");
        assertThat(verdict.cpuSecondsSavedPerChange()).isEqualTo((82.0 + 16.0) - (40.0 + 8.0));
    }

    @Test
    void callsItForNeitherWhenBothAreWithinATenth() {
        ClaimVerdict verdict = ChangeCostVerdict.of(report(false, 36_000L, 16_000L)).orElseThrow();

        assertThat(verdict.favours()).isEqualTo(Favours.NEITHER);
    }

    @Test
    void leavesOutAQuickRunAndAMissingReport() {
        assertThat(ChangeCostVerdict.read(benchmarks)).isEmpty();

        write(report(true, 20_000L, 8_000L));

        assertThat(ChangeCostVerdict.read(benchmarks)).isEmpty();
    }

    @Test
    void refusesATruncatedReport() throws Exception {
        Files.createDirectories(benchmarks.resolve("change-cost"));
        Files.writeString(benchmarks.resolve("change-cost/change-cost.json"), "{\"quick\": fal");

        assertThatIllegalArgumentException().isThrownBy(() -> ChangeCostVerdict.read(benchmarks))
            .withMessageContaining("is not a change-cost report");
    }

    /**
     * Whole monolith 95 s (190 CPU s), module only 41 s (82 CPU s), monolith ready in 16
     * s (16 CPU s); the service's build takes 2 CPU s a second, its start 1.
     */
    private static ChangeCostReport report(boolean quick, long serviceBuild, long serviceStart) {
        List<UnitBuild> builds = UnitBuild.sample(quick);
        return new ChangeCostReport(new Provenance("./ficus bench change-cost", "abc", false, null, null, null),
                MACHINE, quick, 1, "monolith-app", ChangeReach.of(ChangeReachUnitTests.SHOP),
                List.of(new ChangeCostReport.BuildResult(builds.get(0), new Timings(List.of(95_000L), List.of(190.0)),
                        ""),
                        new ChangeCostReport.BuildResult(builds.get(1), new Timings(List.of(41_000L), List.of(82.0)),
                                ""),
                        new ChangeCostReport.BuildResult(builds.get(2),
                                new Timings(List.of(serviceBuild), List.of(serviceBuild / 500.0)), "")),
                List.of(new ChangeCostReport.StartResult("monolith", "monolith",
                        new Timings(List.of(16_000L), List.of(16.0)), ""),
                        new ChangeCostReport.StartResult("gateway-services", "inventory-service",
                                new Timings(List.of(serviceStart), List.of(serviceStart / 1000.0)), "")));
    }

    private void write(ChangeCostReport report) {
        ReportFiles.writeJsonAndMarkdown(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build(),
                report, benchmarks.resolve("change-cost"), ChangeCostCommand.JSON_FILE, ChangeCostCommand.MARKDOWN_FILE,
                ChangeCostMarkdown::render);
    }

}
