package dev.ficus.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.ficus.bench.measure.Benchmark;
import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.BenchmarkTarget;
import dev.ficus.bench.measure.Progress;
import dev.ficus.bench.measure.RunEstimate;
import dev.ficus.bench.measure.ShopTargets;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.BenchmarkReport;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.report.ReportWriter;
import dev.ficus.bench.scenario.ShopData;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ShopTopologies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: starts each shop topology as separate JVMs, measures it under an
 * open-model load and writes {@code results.json}, {@code summary.md} and
 * {@code report.html}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = { dev.ficus.bench.overhead.GatewayOverheadCommand.class, RenderCommand.class,
                dev.ficus.bench.analyzer.AnalyzerBenchCommand.class, dev.ficus.bench.faults.FaultsCommand.class,
                dev.ficus.bench.change.ChangeCostCommand.class, dev.ficus.bench.redeploy.RedeployCommand.class,
                dev.ficus.bench.scale.ScaleOutCommand.class, dev.ficus.bench.slow.SlowDependencyCommand.class },
        description = "Benchmark the monolith against the gateway and microservice topologies on this machine.",
        footer = { "", "To measure for the committed report (about an hour of every CPU; on a quiet",
                "machine, nothing else running, load average well below the cores):",
                "  ./mvnw -B package -DskipTests   # the apps' jars and ficus-bench.jar",
                "  ./ficus bench                   # 3 repeats each -> reports/benchmarks/",
                "  git add reports/benchmarks && git commit",
                "results.json records the command line, git commit and load average.",
                "summary.md's \"When it pays\" is computed from the figures and from the",
                "claims' reports beside it (bench change-cost); \"./ficus bench render",
                "reports/benchmarks\" writes it again from results.json without measuring. --quick only checks",
                "the harness (seconds per step, one repeat); its figures measure nothing." })
public final class BenchCommand implements Callable<Integer> {

    /** Exit code when the run finished but some topology failed to start or crashed. */
    static final int EXIT_MEASUREMENT_FAILED = 1;

    /** Exit code for a user mistake: bad option, missing jars. */
    static final int EXIT_USAGE = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick",
            description = "A few seconds per step, one repeat, fewer products: checks the harness, measures nothing.")
    boolean quick;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Fresh starts per topology (default: 3, or 1 with --quick).")
    Integer repeats;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where results.json, summary.md and report.html go (default: reports/benchmarks in the checkout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout whose module target/ folders hold the runnable jars "
                    + "(default: the checkout this jar was built in, else the current directory).")
    Path root;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "" + ShopData.CUSTOMER_COUNT_DEFAULT,
            description = "Customers seeded by the monolith (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--no-pin", description = "Do not pin processes to CPUs with taskset.")
    boolean noPin;

    @Option(names = "--topology", paramLabel = "NAME", split = ",",
            description = "Run only these topologies: monolith, gateway-monolith, gateway-services (default: all).")
    List<String> only;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new BenchCommand()).setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserMistake) {
                commandLine.getErr().println("bench: " + ex.getMessage());
                return EXIT_USAGE;
            }
            throw ex;
        });
    }

    @Override
    public Integer call() {
        BenchmarkPlan plan = plan();
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(BenchCommand.class)).toAbsolutePath().normalize();
        Path reports = (out != null) ? out : checkout.resolve("reports/benchmarks");
        AppJars jars = AppJars.under(checkout);
        if (only != null && !ShopTopologies.NAMES.containsAll(only)) {
            throw new UserMistake("--topology must name " + String.join(", ", ShopTopologies.NAMES) + ", got " + only);
        }
        Optional<String> unbuilt = jars.unbuilt(checkout, List.of(AppJars.MONOLITH));
        if (unbuilt.isPresent()) {
            throw new UserMistake(unbuilt.get());
        }
        List<String> skipped = new ArrayList<>();
        Path work = workDirectory();
        List<BenchmarkTarget> targets = ShopTargets
            .available(jars,
                    new ShopTopologies(jars, work,
                            quick ? ShopData.PRODUCT_COUNT_QUICK : ShopData.PRODUCT_COUNT_DEFAULT),
                    skipped)
            .stream()
            .filter(target -> only == null || only.contains(target.name()))
            .toList();
        CpuAffinity affinity = noPin ? CpuAffinity.NONE : CpuAffinity.auto();
        // Described before pinning: once pinned, the JVM sees only the generator's CPU.
        MachineDescription machine = MachineDescription.current(affinity.describe(), jvm().flags());
        Provenance provenance = Provenance.begin(checkout);
        affinity.pinGenerator();
        PrintWriter stdout = spec.commandLine().getOut();
        skipped.forEach(line -> stdout.println("bench: " + line));
        stdout.println("bench: " + estimate(plan, targets));
        Instant started = Instant.now();
        ProcessLauncher launcher = ProcessLauncher.of(jvm(), affinity, work.resolve("logs"));
        List<TopologyResult> results = new Benchmark(plan, launcher, customers, Progress.printingTo(stdout))
            .run(targets);
        BenchmarkReport report = new BenchmarkReport(quick, started, Instant.now(), machine, plan, results, skipped,
                provenance.finish());
        ReportWriter.write(report, reports, ClaimReports.read(reports))
            .forEach(path -> stdout.println("bench: wrote " + path));
        stdout.println("bench: process logs in " + work.resolve("logs"));
        boolean failed = results.stream().anyMatch(result -> !result.failures().isEmpty());
        if (failed) {
            spec.commandLine().getErr().println("bench: some repeats failed; see \"Failures and gaps\" in the summary");
        }
        return failed ? EXIT_MEASUREMENT_FAILED : 0;
    }

    private JvmOptions jvm() {
        return quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
    }

    private BenchmarkPlan plan() {
        BenchmarkPlan plan = quick ? BenchmarkPlan.quick() : BenchmarkPlan.full();
        if (repeats == null) {
            return plan;
        }
        if (repeats < 1 || repeats > 20) {
            throw new UserMistake("--repeats must be between 1 and 20, got " + repeats);
        }
        return plan.withRepeats(repeats);
    }

    /**
     * The plan's length with start-up times and sweep break points as in the last idle
     * run.
     */
    static String estimate(BenchmarkPlan plan, List<BenchmarkTarget> targets) {
        List<String> names = targets.stream().map(BenchmarkTarget::name).toList();
        List<RunEstimate.Expectation> expected = RunEstimate.Expectation.LAST_IDLE_RUN.stream()
            .filter(expectation -> names.contains(expectation.name()))
            .toList();
        Duration total = RunEstimate.total(plan, expected);
        return ("%d topologies x %d repeats, about %d min %02d s (start-up, warm-up times up to the %d s limit and "
                + "sweep break points as in the last idle run)")
            .formatted(expected.size(), plan.repeats(), total.toMinutes(), total.toSecondsPart(),
                    plan.warmUp().maxDuration().toSeconds());
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-bench-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

    /** A mistake in how the command was called; reported as one line with exit code 2. */
    static final class UserMistake extends RuntimeException {

        UserMistake(String message) {
            super(message);
        }

    }

}
