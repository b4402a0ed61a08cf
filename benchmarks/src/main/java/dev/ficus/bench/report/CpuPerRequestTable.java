package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.SweepPoint;
import dev.ficus.bench.measure.TopologyResult;

/**
 * What a request cost each shape's processes at each rate the repeats measured (the fixed
 * rates and the sweep): how the cost per request moves with load says why one shape
 * sustains more than another on the same CPU.
 */
final class CpuPerRequestTable {

    private CpuPerRequestTable() {
    }

    /** The table; without rows for a run from before the points' CPU was measured. */
    static Table of(BenchmarkReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            pointsByRate(topology).forEach((rate, points) -> rows
                .add(List.of(topology.name(), Cells.format("%.0f", rate), Integer.toString(points.size()),
                        spread(points, point -> point.cpuSecondsPerRequest() * 1000, "%.2f"),
                        spread(points, point -> point.cpuShare() * 100, "%.0f"), drain(points), perProcess(points))));
        }
        return new Table(
                "CPU ms per request at each measured rate (all processes under test: median, min–max over "
                        + "the repeats that reached the rate; per process: median)",
                List.of("topology", "req/s", "repeats", "CPU ms/request", "% of the CPU (load + drain)",
                        "quiet after s", "per process, ms/request"),
                rows);
    }

    private static String spread(List<SweepPoint> points, ToDoubleFunction<SweepPoint> value, String pattern) {
        return Cells.spread(Spread.of(points.stream().map(value::applyAsDouble).toList()), pattern);
    }

    /**
     * Fixed rates are not followed by a wait for quiet, nor was any point before the
     * sweep waited for one: a dash.
     */
    private static String drain(List<SweepPoint> points) {
        return points.stream().allMatch(point -> point.drainMillis() == 0) ? "–"
                : spread(points, point -> point.drainMillis() / 1000.0, "%.1f");
    }

    /**
     * Whether the sweep of this run waited for quiet after each point and judged its work
     * against the CPU ({@link SweepPoint#MAX_CPU_SHARE}); runs before it did not.
     */
    static boolean judgesWorkAgainstTheCpu(BenchmarkReport report) {
        return report.topologies()
            .stream()
            .flatMap(topology -> topology.repeats().stream())
            .flatMap(repeat -> repeat.sweep().stream())
            .anyMatch(point -> point.drainMillis() > 0);
    }

    private static Map<Double, List<SweepPoint>> pointsByRate(TopologyResult topology) {
        Map<Double, List<SweepPoint>> byRate = new TreeMap<>();
        topology.repeats()
            .stream()
            .filter(RepeatResult::succeeded)
            .flatMap(repeat -> repeat.sweep().stream())
            .filter(point -> !point.cpuSecondsPerRequestByProcess().isEmpty())
            .forEach(point -> byRate.computeIfAbsent(point.rate(), rate -> new ArrayList<>()).add(point));
        return byRate;
    }

    private static String perProcess(List<SweepPoint> points) {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        points.forEach(point -> point.cpuSecondsPerRequestByProcess()
            .forEach((process, seconds) -> millis.computeIfAbsent(process, name -> new ArrayList<>())
                .add(seconds * 1000)));
        List<String> cells = new ArrayList<>();
        millis
            .forEach((process, values) -> cells.add(process + " " + Cells.format("%.2f", Spread.of(values).median())));
        return String.join(", ", cells);
    }

}
