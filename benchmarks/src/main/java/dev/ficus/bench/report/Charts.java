package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.Spread;
import dev.ficus.bench.measure.SweepPoint;
import dev.ficus.bench.measure.TopologyResult;

/**
 * The figures {@code report.html} draws, as data: its template turns them into SVG
 * charts.
 *
 * @param latency p99 against offered rate per topology, with the latency objective as a
 * reference line
 * @param bars stacked bar charts: peak RSS and CPU per process, start-up time per
 * topology
 */
record Charts(LineChart latency, List<BarChart> bars) {

    private static final double MIB = 1024.0 * 1024.0;

    /** How far above the reference line the y axis of a line chart reaches at most. */
    static final double OFF_SCALE_FACTOR = 4;

    static Charts of(BenchmarkReport report) {
        double slo = report.plan().slo().p99Millis();
        return new Charts(
                new LineChart("p99 latency vs offered rate (median over repeats)", "offered requests/s", "p99 ms",
                        latencySeries(report), new Reference(slo, "SLO p99 " + Cells.format("%.0f", slo) + " ms"),
                        OFF_SCALE_FACTOR),
                List.of(new BarChart("Peak RSS per topology (median)", "MiB", resourceBars(report, Resource.PEAK_RSS)),
                        new BarChart("CPU during the fixed-rate load (median)", "CPU s",
                                resourceBars(report, Resource.CPU)),
                        new BarChart("Start to ready of the whole topology (median)", "s", startUp(report))));
    }

    /**
     * A line chart whose y axis ends at {@code offScaleFactor} times the reference at
     * most.
     */
    record LineChart(String title, String xLabel, String yLabel, List<Series> series, Reference reference,
            double offScaleFactor) {
    }

    /** A named series of (x, y) points. */
    record Series(String name, List<double[]> points) {
    }

    /** A horizontal line marking a limit, e.g. the latency objective. */
    record Reference(double value, String label) {
    }

    record BarChart(String title, String unit, List<Bar> bars) {
    }

    /** One bar made of named segments stacked bottom to top. */
    record Bar(String label, List<Segment> segments) {
    }

    /** A named part of a stacked bar. */
    record Segment(String name, double value) {
    }

    /**
     * p99 against offered rate, from every fixed-rate and sweep point (median over
     * repeats).
     */
    private static List<Series> latencySeries(BenchmarkReport report) {
        List<Series> series = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            Map<Double, List<Double>> p99ByRate = new TreeMap<>();
            for (RepeatResult repeat : topology.repeats()) {
                if (!repeat.succeeded()) {
                    continue;
                }
                for (LoadResult load : repeat.fixedRate()) {
                    p99ByRate.computeIfAbsent(load.targetRate(), rate -> new ArrayList<>()).add(load.latency().p99());
                }
                for (SweepPoint point : repeat.sweep()) {
                    if (!point.fixedRate()) {
                        p99ByRate.computeIfAbsent(point.rate(), rate -> new ArrayList<>()).add(point.p99Millis());
                    }
                }
            }
            List<double[]> points = new ArrayList<>();
            p99ByRate.forEach((rate, values) -> points.add(new double[] { rate, Spread.of(values).median() }));
            series.add(new Series(topology.name(), points));
        }
        return series;
    }

    private enum Resource {

        PEAK_RSS, CPU

    }

    private static List<Bar> resourceBars(BenchmarkReport report, Resource resource) {
        List<Bar> bars = new ArrayList<>();
        for (TopologyResult topology : report.topologies()) {
            List<Segment> segments = new ArrayList<>();
            topology.summary().processes().forEach((name, process) -> {
                double value = switch (resource) {
                    case PEAK_RSS -> process.peakRssBytes().median() / MIB;
                    case CPU -> process.cpuSecondsFixedRate().median();
                };
                segments.add(new Segment(name, Double.isNaN(value) ? 0 : value));
            });
            bars.add(new Bar(topology.name(), segments));
        }
        return bars;
    }

    /**
     * One bar per topology, its launch-to-ready time: its processes are launched together
     * and share the CPU while starting, so their own start times overlap and a sum of
     * them would mean nothing.
     */
    private static List<Bar> startUp(BenchmarkReport report) {
        return report.topologies().stream().map(topology -> {
            double seconds = topology.summary().startToReadyMillis().median() / 1000;
            return new Bar(topology.name(),
                    List.of(new Segment("launch to ready", Double.isNaN(seconds) ? 0 : seconds)));
        }).toList();
    }
}
