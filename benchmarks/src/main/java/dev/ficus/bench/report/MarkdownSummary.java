package dev.ficus.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.CpuNoise;
import dev.ficus.bench.measure.RepeatResult;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.topology.ShopTopologies;

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
		List<String> warnings = Method.warnings(report);
		if (!warnings.isEmpty()) {
			md.append("## Warnings\n\n");
			warnings.forEach(warning -> md.append("- **").append(warning).append("**\n"));
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
			BenchmarkPlan.Warmup warmUp = plan.warmUp();
			return ("Run %s → %s%s. Machine: %s. CPU: %s. Every process: `%s`, trace sampling %s "
					+ "(`management.tracing.sampling.probability`, the same for every process; a process behind "
					+ "another follows the sampled flag of the W3C `traceparent` it receives; no span exporter).%n%n"
					+ "CPU split (%s): every process under test of a topology shares the same CPU(s) and the load "
					+ "generator keeps its own, so the monolith and the microservice shapes get exactly the same CPU "
					+ "budget, more processes do not mean more CPU, and the generator neither takes CPU from the "
					+ "system under test nor falls behind its schedule because of it. The kernel and other processes "
					+ "may still run on any CPU, so how much of the system-under-test CPU(s) other work took during the "
					+ "measured windows is recorded per repeat: their busy time from `/proc/stat` minus the CPU time of "
					+ "the processes under test. The two are accounted separately (a clock tick that lands in "
					+ "interrupt handling counts as interrupt time for the CPU but may count as system time for the "
					+ "process it interrupted), so a negative value means the processes were charged more than the CPU "
					+ "counted as task time: a few seconds either way is accounting noise rather than other "
					+ "work, and the share counts a negative value as 0.%n%n"
					+ "Method: open-model constant-rate load (requests start on schedule whatever the server does), "
					+ "latency measured from each request's intended start (coordinated omission corrected, as wrk2), "
					+ "HdrHistogram. Mix: browse catalog 60 %%, product detail 25 %%, place order 10 %%, order status 5 %% "
					+ "over the seeded ids and orders placed earlier in the run. Each repeat starts the topology afresh "
					+ "and warms up until the JIT has settled: %.0f s windows of the same mix, the first at %.0f req/s, "
					+ "each next one at the rate the system under test takes at %.0f %% of its CPU given the CPU per "
					+ "request just measured (at most %.0f req/s, halved after a window with errors), until at least "
					+ "%,d requests were offered and the CPU per request fell by less than %.0f %% from one window to "
					+ "the next, for at most %d s (a warm-up that ran out of time is flagged). After it, and before the "
					+ "fault injection, the harness waits until the processes under test are idle, so work queued by "
					+ "one load is not charged to the next. It then measures fixed rates %s req/s for %d s each, and "
					+ "sweeps %s req/s (%d s points) until the SLO (%s, offered rate ≥ %.0f %% of target) breaks: the "
					+ "fixed rates are the sweep's verdicts for their rates, so the sweep only measures above the "
					+ "highest fixed rate, or between fixed rates when one already broke the SLO, and the sustainable "
					+ "rate is the highest with every lower point sustained. Finally it injects the fault under %.0f "
					+ "req/s of the same mix with %d %% of requests replaced by stock-level reads "
					+ "(`GET /api/inventory/{id}`), so the failing inventory capability is observed directly as well "
					+ "as through its dependants. In gateway-services the monolith's orders reserve stock in "
					+ "inventory-service and read products from catalog-service over HTTP "
					+ "(`ficus.extracted.*.url`). %d repeat(s); tables show median with min–max. Errors are 5xx, "
					+ "timeouts and refused connections; 4xx (e.g. out of stock) are counted separately and are not "
					+ "errors.").formatted(report.startedAt(), report.finishedAt(),
					report.quick() ? " (**--quick harness check**)" : "", report.machine().describe(),
					report.machine().cpuAffinity(), String.join(" ", report.machine().jvmFlags()),
					Cells.format("%.2f", ShopTopologies.TRACE_SAMPLING), report.machine().cpuAffinity(),
					(double) warmUp.window().toSeconds(), warmUp.startRate(), warmUp.utilization() * 100, warmUp.maxRate(), warmUp.minRequests(),
					warmUp.settledDrop() * 100, warmUp.maxDuration().toSeconds(), rates(plan.fixedRates()),
					plan.pointDuration().toSeconds(), rates(plan.sweepRates()), plan.sweepPointDuration().toSeconds(),
					plan.slo().describe(), plan.slo().minSendFraction() * 100, plan.blastRadius().rate(),
					BenchmarkPlan.BlastPlan.STOCK_CHECK_PERCENT, plan.repeats());
		}

		/** Repeats whose numbers need a caveat: disturbed by other work on the CPU, or measured before the JIT settled. */
		static List<String> warnings(BenchmarkReport report) {
			List<String> warnings = new ArrayList<>();
			for (TopologyResult topology : report.topologies()) {
				for (RepeatResult repeat : topology.repeats()) {
					CpuNoise noise = repeat.noise().measured();
					if (noise.exceedsWarning()) {
						warnings.add(("%s repeat %d: other processes and the hypervisor took %s %% of CPU %s during the "
								+ "measured windows (more than %s %%), so its CPU seconds and latencies are disturbed")
							.formatted(topology.name(), repeat.repeat(), Cells.format("%.1f", noise.stolenShare() * 100),
									noise.cpus(), Cells.format("%.0f", CpuNoise.WARNING_SHARE * 100)));
					}
					if (repeat.warmUp() != null && !repeat.warmUp().settled()) {
						warnings.add("%s repeat %d: the warm-up ended after %s s with the CPU per request still falling"
							.formatted(topology.name(), repeat.repeat(),
									Cells.format("%.0f", repeat.warmUp().millis() / 1000.0)));
					}
				}
			}
			return warnings;
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
