package dev.ficus.bench.slow;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ficus.bench.measure.RunEstimate;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.ShopTopologies;
import dev.ficus.bench.topology.Topology;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench slow-dependency}: under a bounded open-model load of the shop mix, the
 * inventory starts answering every operation seconds late instead of failing; reports how
 * much of the rest degrades in each shape, and in the microservice shape with and without
 * the monolith's circuit breaker, in {@code results.json} and {@code summary.md}.
 */
@Command(name = "slow-dependency", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make the inventory answer seconds late (not fail) under load, and report how much of the "
                + "rest degrades in each shape, with and without the monolith's circuit breaker.",
        footer = { "", "The committed run (about 11 min; quiet machine):", "  ./mvnw -B package -DskipTests",
                "  ./ficus bench slow-dependency", "  git add reports/benchmarks/slow-dependency && git commit" })
public final class SlowDependencyCommand implements Callable<Integer> {

    private static final int EXIT_RUN_FAILED = 1;

    private static final int EXIT_USAGE = 2;

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");

    /**
     * Reading the owners' truth, the generator draining and the processes stopping, per
     * repeat, for the estimate.
     */
    private static final Duration OVERHEAD_PER_REPEAT = Duration.ofSeconds(15);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "A few seconds per step, one repeat, fewer products: checks the "
            + "harness, measures nothing.")
    boolean quick;

    @Option(names = "--shape", paramLabel = "NAME", split = ",",
            description = "Run only these: monolith, gateway-monolith, gateway-services, "
                    + "gateway-services-no-breaker (default: monolith, gateway-services, gateway-services-no-breaker).")
    List<String> only;

    @Option(names = "--delay", paramLabel = "TIME", defaultValue = "2s",
            description = "How much longer every inventory operation takes once slow, e.g. 2s or 500ms "
                    + "(default: ${DEFAULT-VALUE}).")
    String delay;

    @Option(names = "--rate", paramLabel = "REQ/S",
            description = "Open-model rate (default: " + (int) SlowPlan.RATE_DEFAULT + ").")
    Double rate;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Fresh starts per shape (default: " + SlowPlan.REPEATS_DEFAULT + ", or 1 with --quick).")
    Integer repeats;

    @Option(names = "--out", paramLabel = "DIR", description = "Where results.json and summary.md go "
            + "(default: reports/benchmarks/slow-dependency in the checkout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout whose module target/ folders hold the runnable jars "
                    + "(default: the checkout this jar was built in, else the current directory).")
    Path root;

    @Option(names = "--no-pin", description = "Do not pin processes to CPUs with taskset.")
    boolean noPin;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SlowPlan plan;
        List<SlowShape> shapes;
        try {
            plan = plan();
            shapes = shapes();
        }
        catch (IllegalArgumentException ex) {
            err.println("bench slow-dependency: " + ex.getMessage());
            return EXIT_USAGE;
        }
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(SlowDependencyCommand.class)).toAbsolutePath()
            .normalize();
        AppJars jars = AppJars.under(checkout);
        List<String> needed = shapes.stream().flatMap(shape -> shape.jars().stream()).distinct().toList();
        Optional<String> unbuilt = jars.unbuilt(checkout, needed);
        if (unbuilt.isPresent()) {
            err.println("bench slow-dependency: " + unbuilt.get());
            return EXIT_USAGE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        long begun = System.nanoTime();
        Consumer<String> progress = line -> {
            stdout.printf("bench slow-dependency: [%4.0fs] %s%n", (System.nanoTime() - begun) / 1e9, line);
            stdout.flush();
        };
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        CpuAffinity affinity = noPin ? CpuAffinity.NONE : CpuAffinity.auto();
        // described before pinning: once pinned, the JVM sees only the generator's CPU
        MachineDescription machine = MachineDescription.current(affinity.describe(), jvm.flags());
        Provenance provenance = Provenance.begin(checkout);
        affinity.pinGenerator();
        progress.accept(estimate(plan, shapes));
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path work = workDirectory();
        ProcessLauncher launcher = ProcessLauncher.of(jvm, affinity, work.resolve("logs"));
        SlowRun run = new SlowRun(plan, launcher, progress);
        List<ShapeResult> results = new ArrayList<>();
        for (SlowShape shape : shapes) {
            List<SlowRepeat> repeated = new ArrayList<>();
            String description = "";
            for (int repeat = 1; repeat <= plan.repeats(); repeat++) {
                ShopTopologies topologies = new ShopTopologies(jars, work.resolve(shape.name() + "-" + repeat),
                        plan.productCount());
                Topology topology = shape.topology(topologies, CallSettings.DEFAULT);
                description = topology.description();
                repeated.add(run.run(shape, topology, repeat));
            }
            results.add(ShapeResult.of(shape, description, repeated));
        }
        SlowReport report = new SlowReport(provenance.finish(), quick, started.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine,
                SlowReport.Settings.of(plan, CallSettings.DEFAULT), results,
                SlowMeaning.of(results, plan.delay().toMillis()));
        Path reports = (out != null) ? out : checkout.resolve("reports/benchmarks/slow-dependency");
        SlowWriter.write(report, reports).forEach(path -> progress.accept("wrote " + path));
        progress.accept(report.meaning());
        progress.accept("process logs in " + work.resolve("logs"));
        boolean failed = results.stream()
            .flatMap(result -> result.repeats().stream())
            .anyMatch(repeat -> !repeat.failure().isEmpty());
        if (failed) {
            err.println("bench slow-dependency: some repeats could not be measured to their end; see the report");
        }
        return failed ? EXIT_RUN_FAILED : 0;
    }

    private SlowPlan plan() {
        Duration slowBy = duration(delay);
        if (quick) {
            return SlowPlan.quick((rate != null) ? rate : SlowPlan.RATE_DEFAULT, slowBy);
        }
        return SlowPlan.full((rate != null) ? rate : SlowPlan.RATE_DEFAULT, slowBy,
                (repeats != null) ? repeats : SlowPlan.REPEATS_DEFAULT);
    }

    private List<SlowShape> shapes() {
        if (only == null) {
            return SlowShape.DEFAULT;
        }
        List<SlowShape> shapes = new ArrayList<>();
        for (String name : only) {
            shapes.add(SlowShape.named(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--shape must name " + String.join(", ", SlowShape.names()) + ", got " + name)));
        }
        return shapes;
    }

    /** {@code 2s}, {@code 1.5s} or {@code 500ms}. */
    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--delay must be a time such as 2s or 500ms, got " + text);
        }
        double value = Double.parseDouble(matcher.group(1));
        return Duration.ofMillis(Math.round(matcher.group(2).equals("s") ? value * 1000 : value));
    }

    /**
     * The run's length with start-up times as in the last idle run of the main benchmark.
     */
    static String estimate(SlowPlan plan, List<SlowShape> shapes) {
        Duration perRepeat = plan.warmUp().plus(plan.load()).plus(plan.requestTimeout()).plus(OVERHEAD_PER_REPEAT);
        Duration total = Duration.ZERO;
        for (SlowShape shape : shapes) {
            Duration start = RunEstimate.Expectation.LAST_IDLE_RUN.stream()
                .filter(expectation -> shape.name().startsWith(expectation.name()))
                .map(RunEstimate.Expectation::startToReady)
                .reduce((first, second) -> second)
                .orElse(Duration.ofSeconds(60));
            total = total.plus(start.plus(perRepeat).multipliedBy(plan.repeats()));
        }
        return ("%d shapes x %d repeats, about %d min %02d s (start-up as in the main benchmark's last idle run, "
                + "%d s warm-up, %d s load with the inventory %d ms slow after %d s)")
            .formatted(shapes.size(), plan.repeats(), total.toMinutes(), total.toSecondsPart(),
                    plan.warmUp().toSeconds(), plan.load().toSeconds(), plan.delay().toMillis(),
                    plan.slowAfter().toSeconds());
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-slow-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
