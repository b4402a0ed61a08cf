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
import dev.ficus.bench.report.SvgChart.Bar;
import dev.ficus.bench.report.SvgChart.Segment;
import dev.ficus.bench.report.SvgChart.Series;

/**
 * Renders the self-contained {@code report.html}: the summary's text and tables plus inline SVG charts (latency
 * against rate per topology, CPU and peak RSS per process, start-up time).
 */
public final class HtmlReport {

	private static final double MIB = 1024.0 * 1024.0;

	private HtmlReport() {
	}

	public static String render(BenchmarkReport report) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<title>Ficus benchmark: monolith vs microservices</title><style>")
			.append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}")
			.append("table{border-collapse:collapse;margin:1em 0;font-size:13px}")
			.append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}")
			.append(".charts{display:flex;flex-wrap:wrap;gap:16px}code{background:#f3f3f3;padding:0 3px}")
			.append("</style></head><body>\n<h1>Monolith vs microservices</h1>\n");
		html.append("<p>").append(inline(MarkdownSummary.Method.describe(report))).append("</p>\n");
		html.append("<div class=\"charts\">")
			.append(latencyChart(report))
			.append(SvgChart.stackedBars("Peak RSS per topology (median)", "MiB", bars(report, Resource.PEAK_RSS)))
			.append(SvgChart.stackedBars("CPU during the fixed-rate load (median)", "CPU s", bars(report, Resource.CPU)))
			.append(SvgChart.stackedBars("Start to ready of the whole topology (median)", "s", startUp(report)))
			.append("</div>\n");
		ResultTables.of(report).forEach(table -> html.append(table(table)));
		List<String> warnings = MarkdownSummary.Method.warnings(report);
		if (!warnings.isEmpty()) {
			html.append("<h2>Warnings</h2><ul>");
			warnings.forEach(warning -> html.append("<li><strong>").append(SvgChart.escape(warning)).append("</strong></li>"));
			html.append("</ul>\n");
		}
		List<String> problems = MarkdownSummary.Method.problems(report);
		if (!problems.isEmpty()) {
			html.append("<h2>Failures and gaps</h2><ul>");
			problems.forEach(problem -> html.append("<li>").append(SvgChart.escape(MarkdownSummary.Method.oneLine(problem)))
				.append("</li>"));
			html.append("</ul>\n");
		}
		html.append("<h2>Interpretation</h2><ul>");
		Interpretation.of(report).forEach(line -> html.append("<li>").append(inline(line)).append("</li>"));
		return html.append("</ul>\n</body></html>\n").toString();
	}

	/** p99 against offered rate, from every fixed-rate and sweep point (median over repeats). */
	private static String latencyChart(BenchmarkReport report) {
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
					if (point.fixedRate()) {
						continue;
					}
					p99ByRate.computeIfAbsent(point.rate(), rate -> new ArrayList<>()).add(point.p99Millis());
				}
			}
			List<double[]> points = new ArrayList<>();
			p99ByRate.forEach((rate, values) -> points.add(new double[] { rate, Spread.of(values).median() }));
			series.add(new Series(topology.name(), points));
		}
		return SvgChart.lines("p99 latency vs offered rate (median over repeats)", "offered requests/s", "p99 ms", series,
				new SvgChart.Reference(report.plan().slo().p99Millis(),
						"SLO p99 " + Cells.format("%.0f", report.plan().slo().p99Millis()) + " ms"));
	}

	private enum Resource {

		PEAK_RSS, CPU
	}

	private static List<Bar> bars(BenchmarkReport report, Resource resource) {
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
	 * One bar per topology, its launch-to-ready time: its processes are launched together and share the CPU while
	 * starting, so their own start times overlap and a sum of them would mean nothing.
	 */
	private static List<Bar> startUp(BenchmarkReport report) {
		return report.topologies()
			.stream()
			.map(topology -> {
				double seconds = topology.summary().startToReadyMillis().median() / 1000;
				return new Bar(topology.name(), List.of(new Segment("launch to ready", Double.isNaN(seconds) ? 0 : seconds)));
			})
			.toList();
	}

	private static String table(Table table) {
		StringBuilder html = new StringBuilder("<h2>").append(SvgChart.escape(table.title())).append("</h2><table><tr>");
		table.headers().forEach(header -> html.append("<th>").append(SvgChart.escape(header)).append("</th>"));
		html.append("</tr>");
		for (List<String> row : table.rows()) {
			html.append("<tr>");
			row.forEach(cell -> html.append("<td>").append(SvgChart.escape(cell)).append("</td>"));
			html.append("</tr>");
		}
		return html.append("</table>\n").toString();
	}

	/** The few inline Markdown marks the generated text uses: bold and code. */
	private static String inline(String markdown) {
		return SvgChart.escape(markdown)
			.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>")
			.replaceAll("`(.+?)`", "<code>$1</code>")
			.replace("\n\n", "</p><p>");
	}
}
