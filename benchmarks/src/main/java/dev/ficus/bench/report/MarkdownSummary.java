package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.ficus.bench.measure.BenchmarkPlan;

/**
 * Renders {@code summary.md}: method, machine, tables, failures and a short interpretation.
 */
public final class MarkdownSummary {

	private MarkdownSummary() {
	}

	public static String render(BenchmarkReport report) {
		StringBuilder md = new StringBuilder();
		md.append("# Monolith vs microservices: benchmark summary\n\n");
		md.append(Method.describe(report)).append("\n\n");
		for (Table table : ResultTables.of(report)) {
			md.append("## ").append(table.title()).append("\n\n");
			md.append(row(table.headers()));
			md.append(table.headers().stream().map(header -> "---").collect(Collectors.joining(" | ", "| ", " |\n")));
			table.rows().forEach(cells -> md.append(row(cells)));
			md.append('\n');
		}
		List<String> problems = Method.problems(report);
		if (!problems.isEmpty()) {
			md.append("## Failures and gaps\n\n");
			problems.forEach(problem -> md.append("- ").append(Method.oneLine(problem)).append('\n'));
			md.append('\n');
		}
		md.append("## Interpretation\n\n");
		Interpretation.of(report).forEach(line -> md.append("- ").append(line).append('\n'));
		return md.toString();
	}

	private static String row(List<String> cells) {
		return cells.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
	}

	/** Method and machine paragraphs shared by both renderings. */
	static final class Method {

		private static final int MAX_PROBLEM_LENGTH = 400;

		private Method() {
		}

		static String describe(BenchmarkReport report) {
			BenchmarkPlan plan = report.plan();
			return ("Run %s → %s%s. Machine: %s. CPU: %s. Every process: `%s`.%n%n"
					+ "Method: open-model constant-rate load (requests start on schedule whatever the server does), "
					+ "latency measured from each request's intended start (coordinated omission corrected, as wrk2), "
					+ "HdrHistogram. Mix: browse catalog 60 %%, product detail 25 %%, place order 10 %%, order status 5 %% "
					+ "over the seeded ids and orders placed earlier in the run. Each repeat starts the topology afresh, "
					+ "warms up %d s at %.0f req/s, measures fixed rates %s req/s for %d s each, sweeps %s req/s until "
					+ "the SLO (%s, offered rate ≥ %.0f %% of target) breaks, then injects the fault under %.0f req/s of "
					+ "the same mix with %d %% of requests replaced by stock-level reads (`GET /api/inventory/{id}`), so "
					+ "the failing inventory capability is observed directly as well as through its dependants. "
					+ "%d repeat(s); tables show median with min–max. Errors are 5xx, timeouts and refused connections; "
					+ "4xx (e.g. out of stock) are counted separately and are not errors.").formatted(
					report.startedAt(), report.finishedAt(), report.quick() ? " (**--quick harness check**)" : "",
					report.machine().describe(), report.machine().cpuAffinity(),
					String.join(" ", report.machine().jvmFlags()), plan.warmUp().duration().toSeconds(),
					plan.warmUp().rate(), rates(plan.fixedRates()), plan.pointDuration().toSeconds(),
					rates(plan.sweepRates()), plan.slo().describe(), plan.slo().minSendFraction() * 100,
					plan.blastRadius().rate(), BenchmarkPlan.BlastPlan.STOCK_CHECK_PERCENT, plan.repeats());
		}

		static List<String> problems(BenchmarkReport report) {
			List<String> problems = new ArrayList<>(report.skipped());
			report.topologies().forEach(topology -> topology.failures()
				.forEach(failure -> problems.add(topology.name() + " " + failure)));
			return problems;
		}

		/** Failure messages can carry a process's log tail; the summary keeps one readable line of it. */
		static String oneLine(String text) {
			String line = text.replaceAll("\\s+", " ").trim();
			return (line.length() <= MAX_PROBLEM_LENGTH) ? line : line.substring(0, MAX_PROBLEM_LENGTH) + " …";
		}

		private static String rates(List<Double> rates) {
			return rates.stream().map(rate -> Cells.format("%.0f", rate)).collect(Collectors.joining(", "));
		}
	}
}
