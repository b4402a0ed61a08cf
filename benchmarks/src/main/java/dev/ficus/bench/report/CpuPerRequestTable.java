package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
                        Cells.spread(
                                Spread.of(points.stream().map(point -> point.cpuSecondsPerRequest() * 1000).toList()),
                                "%.2f"),
                        perProcess(points))));
        }
        return new Table(
                "CPU ms per request at each measured rate (all processes under test: median, min–max over "
                        + "the repeats that reached the rate; per process: median)",
                List.of("topology", "req/s", "repeats", "CPU ms/request", "per process, ms/request"), rows);
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
