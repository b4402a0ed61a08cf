package dev.ficus.bench.change;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessSpec;
import dev.ficus.bench.topology.ProcessUsage;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;

/**
 * Times how long the deployable a change is in takes from launch to ready, alone on the
 * system-under-test CPU: the monolith in the monolith shape, inventory-service in the
 * microservice shape. Each start is fresh (new data folder, as after a redeploy to a new
 * node), round by round.
 */
final class UnitStarts {

    private final AppJars jars;

    private final Path work;

    private final ProcessLauncher launcher;

    private final Consumer<String> progress;

    UnitStarts(AppJars jars, Path work, ProcessLauncher launcher, Consumer<String> progress) {
        this.jars = jars;
        this.work = work;
        this.launcher = launcher;
        this.progress = progress;
    }

    List<ChangeCostReport.StartResult> time(int rounds) {
        List<String> processes = List.of(AppJars.MONOLITH, AppJars.INVENTORY_SERVICE);
        List<List<Long>> millis = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> cpuSeconds = List.of(new ArrayList<>(), new ArrayList<>());
        String[] failures = { "", "" };
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < processes.size(); i++) {
                if (!failures[i].isEmpty()) {
                    continue;
                }
                String process = processes.get(i);
                try (RunningTopology running = RunningTopology.start(alone(process, round), launcher)) {
                    long ready = running.startToReady().getOrDefault(process, Duration.ZERO).toMillis();
                    double cpu = running.sample().getOrDefault(process, ProcessUsage.UNKNOWN).cpuSeconds();
                    millis.get(i).add(ready);
                    cpuSeconds.get(i).add(cpu);
                    progress.accept("start %d, %s: ready in %.1f s (%.1f CPU s)".formatted(round, process,
                            ready / 1000.0, cpu));
                }
                catch (ProcessFailedException | IllegalStateException ex) {
                    failures[i] = String.valueOf(ex.getMessage()).lines().findFirst().orElse(ex.toString());
                    progress.accept("start %d, %s: failed: %s".formatted(round, process, failures[i]));
                }
            }
        }
        List<ChangeCostReport.StartResult> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            results.add(new ChangeCostReport.StartResult(shape(processes.get(i)), processes.get(i),
                    new Timings(millis.get(i), cpuSeconds.get(i)), failures[i]));
        }
        return results;
    }

    private Topology alone(String process, int round) {
        ShopTopologies shapes = new ShopTopologies(jars, work.resolve("start-" + round),
                ShopData.PRODUCT_COUNT_DEFAULT);
        if (process.equals(AppJars.MONOLITH)) {
            return shapes.monolith();
        }
        ProcessSpec service = shapes.microservices()
            .processes()
            .stream()
            .filter(spec -> spec.name().equals(process))
            .findFirst()
            .orElseThrow();
        return new Topology(process, process + " alone", List.of(service), process);
    }

    private static String shape(String process) {
        return process.equals(AppJars.MONOLITH) ? ShopTopologies.MONOLITH : ShopTopologies.MICROSERVICES;
    }

}
