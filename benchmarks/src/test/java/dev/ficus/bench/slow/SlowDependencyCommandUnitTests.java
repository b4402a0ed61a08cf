package dev.ficus.bench.slow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command's own decisions, without starting any application. */
class SlowDependencyCommandUnitTests {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();

    private final StringWriter stderr = new StringWriter();

    @Test
    void readsTheDelayInSecondsOrMilliseconds() {
        assertThat(SlowDependencyCommand.duration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SlowDependencyCommand.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(SlowDependencyCommand.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThatIllegalArgumentException().isThrownBy(() -> SlowDependencyCommand.duration("2 minutes"))
            .withMessage("--delay must be a time such as 2s or 500ms, got 2 minutes");
    }

    @Test
    void estimatesTheRunFromTheMainBenchmarksStartUpTimes() {
        String estimate = SlowDependencyCommand.estimate(SlowPlan.full(25, Duration.ofSeconds(2), 2),
                SlowShape.DEFAULT);

        // 2 x (33 s to start the monolith + 70 s) + 2 x 2 x (134 s to start the services
        // + 70 s), start-ups from RunEstimate.Expectation.LAST_IDLE_RUN: 15 s warm-up, 30
        // s load, 10 s client timeout to drain, 15 s to read the truth and stop
        assertThat(estimate).startsWith("3 shapes x 2 repeats, about 17 min 02 s (");
    }

    @Test
    void rejectsAnUnknownShapeWithOneLineAndExitCodeTwo() {
        assertThat(run("slow-dependency", "--shape", "monolith,serverless", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr.toString()).isEqualTo("bench slow-dependency: --shape must name monolith, gateway-monolith, "
                + "gateway-services, gateway-services-no-breaker, got serverless\n");
    }

    @Test
    void rejectsABadDelayOrRateWithOneLineAndExitCodeTwo() {
        for (List<String> arguments : List.of(List.of("--delay", "0ms"), List.of("--delay", "soon"),
                List.of("--rate", "0"))) {
            stderr.getBuffer().setLength(0);
            List<String> all = new java.util.ArrayList<>(List.of("slow-dependency", "--out", out.toString()));
            all.addAll(arguments);
            assertThat(run(all.toArray(String[]::new))).as(arguments.toString()).isEqualTo(2);
            assertThat(stderr.toString()).startsWith("bench slow-dependency: --").hasLineCount(1);
        }
    }

    @Test
    void rejectsACheckoutWithoutJarsWithOneLineAndExitCodeTwo() {
        assertThat(run("slow-dependency", "--quick", "--root", out.toString(), "--out", out.resolve("r").toString()))
            .isEqualTo(2);
        assertThat(stderr.toString()).startsWith("bench slow-dependency: no runnable jars under ").hasLineCount(1);
        assertThat(out.resolve("r")).doesNotExist();
    }

    private int run(String... arguments) {
        CommandLine command = new CommandLine(new dev.ficus.bench.cli.BenchCommand());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        return command.execute(arguments);
    }

}
