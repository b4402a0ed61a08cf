package dev.ficus.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.ficus.bench.measure.Benchmark;
import dev.ficus.bench.measure.Progress;
import dev.ficus.bench.measure.TopologyResult;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
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
 * {@code bench scale-out}: under a load of 90 % catalog reads, measures the gateway in
 * front of one and of two monoliths and the microservice shape with one and with two
 * catalog-service instances, on the same CPUs, and writes what one more monolith and one
 * more catalog-service bought per extra MiB of RSS and per extra CPU-second to
 * {@code results.json} and {@code summary.md}.
 */
@Command(name = "scale-out", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scale out only what is hot: one more monolith vs one more catalog-service behind the gateway "
                + "under a catalog-heavy load, req/s gained per extra MiB of RSS and per extra CPU-second.",
        footer = { "", "The committed run (about 15 minutes on a quiet machine):", "  ./mvnw -B package -DskipTests",
                "  ./ficus bench scale-out   # -> reports/benchmarks/scale-out/" })
public final class ScaleOutCommand implements Callable<Integer> {

    private static final int EXIT_MEASUREMENT_FAILED = 1;

    private static final int EXIT_USAGE = 2;

    private static final String PREFIX = "bench scale-out: ";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick",
            description = "A few seconds per step, one repeat, fewer products: checks the harness, measures nothing.")
    boolean quick;

    @Option(names = "--repeats", paramLabel = "N", description = "Fresh starts per topology (default: 1).")
    Integer repeats;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where results.json and summary.md go (default: reports/benchmarks/scale-out in the checkout).")
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
        ScaleOutPlan plan = quick ? ScaleOutPlan.quick() : ScaleOutPlan.full();
        if (repeats != null) {
            if (repeats < 1 || repeats > 10) {
                err.println(PREFIX + "--repeats must be between 1 and 10, got " + repeats);
                return EXIT_USAGE;
            }
            plan = plan.withRepeats(repeats);
        }
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(ScaleOutCommand.class)).toAbsolutePath()
            .normalize();
        AppJars jars = AppJars.under(checkout);
        Optional<String> unbuilt = jars.unbuilt(checkout, ScaleTargets.APPLICATIONS);
        if (unbuilt.isPresent()) {
            err.println(PREFIX + unbuilt.get());
            return EXIT_USAGE;
        }
        Path reports = (out != null) ? out : checkout.resolve("reports/benchmarks/scale-out");
        return run(plan, jars, checkout, reports);
    }

    private int run(ScaleOutPlan plan, AppJars jars, Path checkout, Path reports) {
        PrintWriter stdout = spec.commandLine().getOut();
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        CpuAffinity affinity = noPin ? CpuAffinity.NONE : CpuAffinity.auto();
        // described before pinning: once pinned, the JVM sees only the generator's CPU
        MachineDescription machine = MachineDescription.current(affinity.describe(), jvm.flags());
        Provenance provenance = Provenance.begin(checkout);
        affinity.pinGenerator();
        Duration estimate = plan.estimate();
        stdout.println(PREFIX
                + "4 topologies x %d repeat(s), about %d min %02d s (start-up and sweep break points "
                    .formatted(plan.measurement().repeats(), estimate.toMinutes(), estimate.toSecondsPart())
                + "as expected, warm-up up to its " + plan.measurement().warmUp().maxDuration().toSeconds()
                + " s limit); load: " + plan.catalogReadPercent() + " % catalog reads");
        Path work = workDirectory();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ProcessLauncher launcher = ProcessLauncher.of(jvm, affinity, work.resolve("logs"));
        CatalogRequestsServed served = new CatalogRequestsServed();
        List<TopologyResult> results = new Benchmark(plan.measurement(), launcher, ShopData.CUSTOMER_COUNT_DEFAULT,
                Progress.printingTo(stdout), mix -> mix.withCatalogReads(plan.catalogReadPercent()), served)
            .run(ScaleTargets.all(new ShopTopologies(jars, work,
                    quick ? ShopData.PRODUCT_COUNT_QUICK : ShopData.PRODUCT_COUNT_DEFAULT)));
        ScaleOutReport report = report(plan, results, served, started, provenance.finish(), machine,
                affinity.systemUnderTestCpus().size());
        ScaleOutWriter.write(report, reports).forEach(path -> stdout.println(PREFIX + "wrote " + path));
        stdout.println(PREFIX + report.verdict());
        stdout.println(PREFIX + "process logs in " + work.resolve("logs"));
        boolean failed = results.stream().anyMatch(result -> !result.failures().isEmpty());
        if (failed) {
            spec.commandLine().getErr().println(PREFIX + "some repeats failed; see the notes in the summary");
        }
        return failed ? EXIT_MEASUREMENT_FAILED : 0;
    }

    private ScaleOutReport report(ScaleOutPlan plan, List<TopologyResult> results, CatalogRequestsServed served,
            Instant started, Provenance provenance, MachineDescription machine, int systemUnderTestCpus) {
        List<ScaleFigures> figures = new ArrayList<>();
        for (TopologyResult result : results) {
            figures.add(ScaleFigures.of(result, served.of(result.name())));
        }
        Map<String, ScaleFigures> byName = new LinkedHashMap<>();
        figures.forEach(figure -> byName.put(figure.name(), figure));
        ScaleGain monolith = ScaleGain.between(ScaleOutVerdict.MONOLITH, named(byName, ScaleTargets.ONE_MONOLITH),
                named(byName, ScaleTargets.TWO_MONOLITHS));
        ScaleGain catalog = ScaleGain.between(ScaleOutVerdict.CATALOG, named(byName, ScaleTargets.ONE_CATALOG),
                named(byName, ScaleTargets.TWO_CATALOGS));
        return new ScaleOutReport(quick, started.toString(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                provenance, machine, systemUnderTestCpus, plan.shares(), plan.measurement(), figures,
                List.of(monolith, catalog), ScaleVerdict.sentence(monolith, catalog), results);
    }

    private static ScaleFigures named(Map<String, ScaleFigures> figures, String name) {
        return Objects.requireNonNull(figures.get(name), () -> "no figures of topology " + name);
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-scale-out-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
