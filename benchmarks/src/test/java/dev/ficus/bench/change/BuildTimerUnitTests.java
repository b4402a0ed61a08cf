package dev.ficus.bench.change;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BuildTimerUnitTests {

    @TempDir
    Path checkout;

    @Test
    void touchesTheChangedFileThenTimesTheCommandAndKeepsItsOutput() throws Exception {
        Path changed = Files.writeString(checkout.resolve("Changed.java"), "class Changed {}");
        Files.setLastModifiedTime(changed, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        UnitBuild build = new UnitBuild("monolith", "unit", "Changed.java",
                List.of("sh", "-c", "sleep 0.3; echo built"));

        BuildTimer.BuildSample sample = new BuildTimer(checkout, checkout.resolve("logs"), Duration.ofSeconds(30))
            .time(build, "one");

        assertThat(sample.succeeded()).isTrue();
        assertThat(sample.millis()).isGreaterThanOrEqualTo(300);
        assertThat(Files.getLastModifiedTime(changed).toInstant()).isAfter(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(Files.readString(Path.of(sample.log()))).isEqualTo("built\n");
    }

    @Test
    void countsTheCpuOfWhatTheBuildForks() throws Exception {
        Files.writeString(checkout.resolve("Changed.java"), "class Changed {}");
        UnitBuild build = new UnitBuild("monolith", "unit", "Changed.java",
                List.of("sh", "-c", "timeout 0.5 sh -c 'while :; do :; done'; true"));

        BuildTimer.BuildSample sample = new BuildTimer(checkout, checkout.resolve("logs"), Duration.ofSeconds(30))
            .time(build, "busy");

        assertThat(sample.cpuSeconds()).isGreaterThan(0.05).isLessThanOrEqualTo(sample.millis() / 1000.0 * 2 + 0.02);
    }

    @Test
    void recordsAFailedBuildsExitCode() throws Exception {
        Files.writeString(checkout.resolve("Changed.java"), "class Changed {}");
        UnitBuild build = new UnitBuild("monolith", "unit", "Changed.java", List.of("sh", "-c", "exit 3"));

        BuildTimer.BuildSample sample = new BuildTimer(checkout, checkout.resolve("logs"), Duration.ofSeconds(30))
            .time(build, "failing");

        assertThat(sample.succeeded()).isFalse();
        assertThat(sample.exitCode()).isEqualTo(3);
    }

    @Test
    void stopsABuildThatRunsOutOfTime() throws Exception {
        Files.writeString(checkout.resolve("Changed.java"), "class Changed {}");
        UnitBuild build = new UnitBuild("monolith", "unit", "Changed.java", List.of("sleep", "30"));

        BuildTimer.BuildSample sample = new BuildTimer(checkout, checkout.resolve("logs"), Duration.ofMillis(300))
            .time(build, "slow");

        assertThat(sample.exitCode()).isEqualTo(-1);
        assertThat(sample.millis()).isLessThan(10_000);
    }

}
