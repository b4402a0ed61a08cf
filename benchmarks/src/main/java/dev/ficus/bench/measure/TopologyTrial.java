package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.ficus.bench.load.LoadProfile;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.load.OpenModelLoadGenerator;
import dev.ficus.bench.measure.FaultInjector.FaultUnavailableException;
import dev.ficus.bench.scenario.CatalogProbe;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.scenario.ShopMix;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ProcessUsage;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.Topology;

/**
 * One repeat on one topology: start it fresh, warm up, measure fixed rates, sweep for the sustainable rate, inject
 * the fault, stop everything.
 */
final class TopologyTrial {

	/** Seed of the request mix; each repeat adds its number so repeats differ but runs repeat exactly. */
	static final long MIX_SEED_DEFAULT = 20261125L;

	private final BenchmarkPlan plan;

	private final ProcessLauncher launcher;

	private final int customerCount;

	private final Progress progress;

	TopologyTrial(BenchmarkPlan plan, ProcessLauncher launcher, int customerCount, Progress progress) {
		this.plan = plan;
		this.launcher = launcher;
		this.customerCount = customerCount;
		this.progress = progress;
	}

	RepeatResult run(Topology topology, FaultInjector fault, int repeat) {
		String label = "%s %d/%d".formatted(topology.name(), repeat, plan.repeats());
		progress.step(label + ": starting " + topology.processes().size() + " process(es)");
		long launched = System.nanoTime();
		try (RunningTopology running = RunningTopology.start(topology,
				launcher.withLogsIn(topology.name() + "-" + repeat))) {
			long startToReady = Duration.ofNanos(System.nanoTime() - launched).toMillis();
			progress.step(label + ": ready in " + startToReady + " ms " + readiness(running));
			return new Measurement(running, label, repeat, startToReady).measure(fault);
		}
		catch (ProcessFailedException | IllegalStateException ex) {
			progress.step(label + ": FAILED " + firstLine(ex.getMessage()));
			return RepeatResult.failed(repeat, ex.getMessage());
		}
	}

	/** The measuring part of one repeat, against a topology that is up. */
	private final class Measurement {

		private final RunningTopology running;

		private final String label;

		private final int repeat;

		private final long startToReady;

		private final List<LoadResult> fixed = new ArrayList<>();

		private final List<SweepPoint> sweep = new ArrayList<>();

		private final Map<String, Integer> exits = new LinkedHashMap<>();

		private Map<String, ProcessUsage> atReady;

		private Map<String, ProcessUsage> beforeFixed;

		private Map<String, ProcessUsage> afterFixed;

		private BlastRadius blast;

		private String failure = "";

		Measurement(RunningTopology running, String label, int repeat, long startToReady) {
			this.running = running;
			this.label = label;
			this.repeat = repeat;
			this.startToReady = startToReady;
		}

		RepeatResult measure(FaultInjector fault) {
			atReady = running.sample();
			ShopData data = CatalogProbe.discover(running.entry(), customerCount, ShopData.PAGE_SIZE_DEFAULT);
			ShopMix mix = new ShopMix(data, MIX_SEED_DEFAULT + repeat);
			try (var generator = new OpenModelLoadGenerator(running.entry())) {
				LoadResult warm = generator.run(LoadProfile.of(plan.warmUp().rate(), plan.warmUp().duration()), mix);
				progress.step(label + ": warmed up, " + describe(warm));
				if (stillHealthy("warm-up")) {
					measureFixedRates(generator, mix);
				}
				if (stillHealthy("fixed rates")) {
					sweep(generator, mix);
				}
				if (stillHealthy("sweep")) {
					blast = injectUnderLoad(generator, mix, fault);
				}
			}
			Map<String, ProcessUsage> atEnd = running.sample();
			exits.putAll(running.unexpectedExits());
			return new RepeatResult(repeat, startToReady, fixed, sweep, maxSustainable(), resources(atEnd), blast,
					exits, failure);
		}

		private void measureFixedRates(OpenModelLoadGenerator generator, ShopMix mix) {
			beforeFixed = running.sample();
			for (double rate : plan.fixedRates()) {
				LoadResult result = generator.run(LoadProfile.of(rate, plan.pointDuration()), mix);
				fixed.add(result);
				progress.step(label + ": " + describe(result));
			}
			afterFixed = running.sample();
		}

		private void sweep(OpenModelLoadGenerator generator, ShopMix mix) {
			for (double rate : plan.sweepRates()) {
				SweepPoint point = SweepPoint.of(generator.run(LoadProfile.of(rate, plan.pointDuration()), mix),
						plan.slo());
				sweep.add(point);
				progress.step(label + ": sweep %.0f/s -> p99 %.1f ms, errors %.2f %%, %s".formatted(rate,
						point.p99Millis(), point.errorRate() * 100, point.sustained() ? "sustained" : "NOT sustained"));
				if (!point.sustained() || !running.unexpectedExits().isEmpty()) {
					return;
				}
			}
		}

		private BlastRadius injectUnderLoad(OpenModelLoadGenerator generator, ShopMix mix, FaultInjector fault) {
			BenchmarkPlan.BlastPlan blastPlan = plan.blastRadius();
			ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
			long loadStart = System.nanoTime();
			long[] injectedAt = { -1 };
			ScheduledFuture<String> injection = timer.schedule(() -> {
				injectedAt[0] = System.nanoTime() - loadStart;
				try {
					fault.inject(running);
					return "";
				}
				catch (FaultUnavailableException ex) {
					return ex.getMessage();
				}
			}, blastPlan.faultAfter().toMillis(), TimeUnit.MILLISECONDS);
			try {
				LoadResult load = generator.run(LoadProfile.of(blastPlan.rate(), blastPlan.duration()),
						mix.withStockChecks(BenchmarkPlan.BlastPlan.STOCK_CHECK_PERCENT));
				String unavailable = injection.get(30, TimeUnit.SECONDS);
				if (!unavailable.isEmpty()) {
					progress.step(label + ": blast radius not measured: " + unavailable);
					return BlastRadius.notMeasured(fault.description(), unavailable);
				}
				BlastRadius radius = BlastRadius.of(fault.description(), load, TimeUnit.NANOSECONDS.toMillis(injectedAt[0]));
				progress.step(label + ": blast radius %.1f %% of requests failed, endpoints %s".formatted(
						radius.failedFraction() * 100, radius.failedEndpoints()));
				return radius;
			}
			catch (Exception ex) {
				return BlastRadius.notMeasured(fault.description(), "fault injection failed: " + ex);
			}
			finally {
				timer.shutdownNow();
			}
		}

		private boolean stillHealthy(String phase) {
			Map<String, Integer> crashed = running.unexpectedExits();
			if (crashed.isEmpty()) {
				return true;
			}
			exits.putAll(crashed);
			failure = "process(es) exited during " + phase + ": " + crashed;
			progress.step(label + ": " + failure);
			return false;
		}

		private double maxSustainable() {
			double max = 0;
			for (SweepPoint point : sweep) {
				if (!point.sustained()) {
					break;
				}
				max = point.rate();
			}
			return max;
		}

		private Map<String, ProcessResources> resources(Map<String, ProcessUsage> atEnd) {
			Map<String, ProcessResources> resources = new LinkedHashMap<>();
			atEnd.forEach((name, end) -> {
				ProcessUsage ready = atReady.get(name);
				double fixedCpu = (beforeFixed == null || afterFixed == null) ? Double.NaN
						: afterFixed.get(name).cpuSecondsSince(beforeFixed.get(name));
				resources.put(name, new ProcessResources(running.startToReady().get(name).toMillis(),
						ready.cpuSeconds(), fixedCpu, end.peakRssBytes()));
			});
			return resources;
		}
	}

	private static String describe(LoadResult result) {
		return "%.0f/s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, %d sent, %d errors, %d rejected".formatted(
				result.targetRate(), result.latency().p50(), result.latency().p99(), result.latency().p999(),
				result.sent(), result.errors(), result.rejected());
	}

	private static String readiness(RunningTopology running) {
		StringBuilder text = new StringBuilder("(");
		running.startToReady().forEach((name, time) -> text.append(text.length() > 1 ? ", " : "").append(name)
			.append(' ').append(time.toMillis()).append(" ms"));
		return text.append(')').toString();
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}
}
