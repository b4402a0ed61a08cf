package dev.ficus.bench.change;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times the builds side by side: one untimed build of each first (it fills the file cache
 * and the compiler's output folders), then round by round, every unit once per round, so
 * drift over the run reaches every unit alike.
 */
final class UnitBuilds {

    private final BuildTimer timer;

    private final Consumer<String> progress;

    UnitBuilds(BuildTimer timer, Consumer<String> progress) {
        this.timer = timer;
        this.progress = progress;
    }

    List<ChangeCostReport.BuildResult> time(List<UnitBuild> builds, int rounds) {
        List<List<Long>> millis = new ArrayList<>();
        List<List<Double>> cpuSeconds = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        builds.forEach(build -> {
            millis.add(new ArrayList<>());
            cpuSeconds.add(new ArrayList<>());
            failures.add("");
        });
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < builds.size(); i++) {
                UnitBuild build = builds.get(i);
                if (!failures.get(i).isEmpty()) {
                    continue;
                }
                String name = (round == 0) ? "untimed" : "round " + round;
                BuildTimer.BuildSample sample = timer.time(build, "build-" + (i + 1) + "-round-" + round);
                progress.accept("%s, %s: %s".formatted(name, build.unit(), describe(sample)));
                if (!sample.succeeded()) {
                    failures.set(i, "%s exited with %d (log: %s)".formatted(build.commandLine(), sample.exitCode(),
                            sample.log()));
                }
                else if (round > 0) {
                    millis.get(i).add(sample.millis());
                    cpuSeconds.get(i).add(sample.cpuSeconds());
                }
            }
        }
        List<ChangeCostReport.BuildResult> results = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            results.add(new ChangeCostReport.BuildResult(builds.get(i), new Timings(millis.get(i), cpuSeconds.get(i)),
                    failures.get(i)));
        }
        return results;
    }

    private static String describe(BuildTimer.BuildSample sample) {
        String time = "%.1f s (%.1f CPU s)".formatted(sample.millis() / 1000.0, sample.cpuSeconds());
        return sample.succeeded() ? time : "failed after " + time + " (exit " + sample.exitCode() + ")";
    }

}
