package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ficus.bench.FakeShopApp;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.BenchmarkPlan.BlastPlan;
import dev.ficus.bench.measure.BenchmarkPlan.Slo;
import dev.ficus.bench.measure.BenchmarkPlan.Warmup;
import dev.ficus.bench.scenario.ShopEndpoint;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.startup.FreePorts;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.Topology;

class BenchmarkIntegrationTests {

    private static final BenchmarkPlan TINY = new BenchmarkPlan(2,
            new Warmup(40, 40, Duration.ofSeconds(1), 0, 1.0, 0.9, Duration.ofSeconds(5), 1), List.of(20.0, 40.0),
            List.of(10.0, 20.0, 40.0, 60.0), Duration.ofSeconds(1), Duration.ofSeconds(1), new Slo(4000, 0.001, 0.9),
            new BlastPlan(40, Duration.ofSeconds(3), Duration.ofSeconds(1)));

    private static final JvmOptions SMALL_JVM = new JvmOptions(List.of("-Xmx64m", "-XX:+UseSerialGC"));

    @TempDir
    Path logs;

    @Test
    void measuresEveryRepeatAndTheBlastRadiusOfAnInProcessFault() {
        BenchmarkTarget target = BenchmarkTarget.of("fake-pair",
                () -> new Topology("fake-pair", "two fakes",
                        List.of(FakeShopApp.spec("backend", FreePorts.next()),
                                FakeShopApp.spec("front", FreePorts.next(), "--products=120")),
                        "front"),
                new HttpFaultSwitch("front", "/fault/inventory"));

        TopologyResult result = benchmark().run(List.of(target)).get(0);

        assertThat(result.failures()).isEmpty();
        assertThat(result.processes()).containsExactly("backend", "front");
        assertThat(result.repeats()).hasSize(2).allSatisfy(repeat -> {
            assertThat(repeat.fixedRate()).extracting(LoadResult::sent).containsExactly(20L, 40L);
            assertThat(repeat.fixedRate()).allSatisfy(load -> assertThat(load.errors()).isZero());
            // every answer of the fake is checked against what it said at the start, and
            // it never contradicts itself
            assertThat(repeat.fixedRate()).allSatisfy(load -> assertThat(load.wrong()).isZero());
            // a fall of 100 % counts as settled here, so the warm-up ends after the
            // second window
            assertThat(repeat.warmUp().settled()).isTrue();
            assertThat(repeat.warmUp().windows()).hasSize(2).allSatisfy(window -> {
                assertThat(window.sent()).isEqualTo(40);
                assertThat(window.processes()).containsOnlyKeys("backend", "front");
            });
            // the fixed rates are the verdicts for 10 to 40 req/s: the sweep measures
            // only 60
            assertThat(repeat.sweep()).extracting(SweepPoint::rate).containsExactly(20.0, 40.0, 60.0);
            assertThat(repeat.sweep()).extracting(SweepPoint::fixedRate).containsExactly(true, true, false);
            assertThat(repeat.sweep()).extracting(SweepPoint::sustained).containsExactly(true, true, true);
            // each point's CPU per request per process; the sweep's own point also waited
            // for
            // quiet and judged its work against the CPU
            assertThat(repeat.sweep()).allSatisfy(
                    point -> assertThat(point.cpuSecondsPerRequestByProcess()).containsOnlyKeys("backend", "front"));
            assertThat(repeat.sweep()).extracting(SweepPoint::drainMillis)
                .satisfiesExactly(fixed -> assertThat(fixed).isZero(), fixed -> assertThat(fixed).isZero(),
                        measured -> assertThat(measured).isBetween(500L, 10_000L));
            assertThat(repeat.sweep().get(2).cpuShare()).isBetween(0.0, 1.0);
            assertThat(repeat.maxSustainableRate()).isEqualTo(60.0);
            assertThat(repeat.processes()).containsOnlyKeys("backend", "front");
            assertThat(repeat.processes().get("front").peakRssBytes()).isGreaterThan(10L << 20);
            assertThat(repeat.processes().get("front").cpuSecondsFixedRate()).isGreaterThan(0);
            assertThat(repeat.blastRadii()).hasSize(1);
            BlastRadius blast = repeat.blastRadius(FaultCase.OWNER_STOPS).orElseThrow();
            assertThat(blast.rows()).containsExactlyElementsOf(FaultCase.ROWS);
            assertThat(blast.measured()).isTrue();
            assertThat(blast.failedEndpoints()).containsExactly(ShopEndpoint.PLACE_ORDER.label(),
                    ShopEndpoint.STOCK_LEVEL.label());
            assertThat(blast.failedFraction()).isBetween(0.01, 0.3);
            assertThat(blast.wrongFraction()).isZero();
            assertThat(blast.injectedAtMillis()).isBetween(900L, 1500L);
            BlastRadius.EndpointImpact order = blast.endpoints()
                .stream()
                .filter(impact -> impact.endpoint().equals(ShopEndpoint.PLACE_ORDER.label()))
                .findFirst()
                .orElseThrow();
            assertThat(order.failingUntilEnd()).isTrue();
            assertThat(order.failedBeforeFault()).isZero();
            assertThat((double) order.failingMillis()).isCloseTo(2000, within(600.0));
        });
        TopologySummary summary = result.summary();
        assertThat(summary.successfulRepeats()).isEqualTo(2);
        assertThat(summary.maxSustainableRate().median()).isEqualTo(60.0);
        assertThat(summary.fixedRate()).extracting(TopologySummary.RateSummary::rate).containsExactly(20.0, 40.0);
        assertThat(summary.fixedRate().get(0).p99().samples()).isEqualTo(2);
        assertThat(summary.blast()).extracting(TopologySummary.BlastSummary::row)
            .containsExactlyElementsOf(FaultCase.ROWS);
        assertThat(summary.blast(FaultCase.SWITCH_IN_BOTH).orElseThrow().failedEndpoints())
            .containsExactly(ShopEndpoint.PLACE_ORDER.label(), ShopEndpoint.STOCK_LEVEL.label());
    }

    @Test
    void reportsProcessThatCrashesUnderLoadInsteadOfSkippingIt() {
        BenchmarkTarget target = BenchmarkTarget.of("crashing",
                () -> new Topology("crashing", "front crashes", List
                    .of(FakeShopApp.spec("front", FreePorts.next(), "--products=50", "--crash-after-requests=150")),
                        "front"),
                new KillProcess("front"));
        BenchmarkPlan plan = TINY.withRepeats(1);

        TopologyResult result = new Benchmark(plan, launcher(), 200, Progress.NONE).run(List.of(target)).get(0);

        RepeatResult repeat = result.repeats().get(0);
        assertThat(repeat.succeeded()).isFalse();
        assertThat(repeat.unexpectedExits()).containsEntry("front", 3);
        assertThat(result.failures()).singleElement().asString().contains("front=3");
        assertThat(result.summary().successfulRepeats()).isZero();
        assertThat(result.summary().maxSustainableRate().isEmpty()).isTrue();
    }

    private Benchmark benchmark() {
        return new Benchmark(TINY, launcher(), 200, Progress.NONE);
    }

    private ProcessLauncher launcher() {
        return ProcessLauncher.of(SMALL_JVM, CpuAffinity.NONE, logs).withReadyTimeout(Duration.ofSeconds(60));
    }

}
