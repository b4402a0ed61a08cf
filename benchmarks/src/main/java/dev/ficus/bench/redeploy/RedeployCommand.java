package dev.ficus.bench.redeploy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import dev.ficus.bench.faults.Database;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench redeploy}: redeploys one part of the shop under a steady load (the
 * monolith alone restarted, two monolith instances behind the gateway rolled, two
 * inventory-service instances rolled) and writes {@code results.json} and
 * {@code summary.md}.
 */
@Command(name = "redeploy", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Redeploy one part under a steady load of the shop mix (the monolith alone; two monolith "
                + "instances behind the gateway, rolled; two inventory-service instances, rolled) and report the "
                + "requests that failed, on which endpoints, for how long, and each redeploy's wall time.")
public final class RedeployCommand implements Callable<Integer> {

    static final String JSON_FILE = "results.json";

    static final String MARKDOWN_FILE = "summary.md";

    private static final int EXIT_RUN_FAILED = 1;

    private static final int EXIT_USAGE = 2;

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick",
            description = "Seconds of load per redeploy and fewer products: checks the harness, measures nothing.")
    boolean quick;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Redeploys per case, one after another on the same running shape (default: "
                    + RedeployPlan.REPEATS_DEFAULT + ", or 1 with --quick).")
    Integer repeats;

    @Option(names = "--rate", paramLabel = "REQ/S", description = "Open-model rate (default: "
            + RedeployPlan.RATE_DEFAULT + ", or " + RedeployPlan.QUICK_RATE_DEFAULT + " with --quick).")
    Double rate;

    @Option(names = "--case", paramLabel = "CASE", split = ",",
            description = "Run only these: monolith, gateway-monoliths, inventory-services (default: all, in this "
                    + "order).")
    List<String> only;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where results.json and summary.md go (default: reports/benchmarks/redeploy in the "
                    + "checkout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout whose module target/ folders hold the runnable jars "
                    + "(default: the checkout this jar was built in, else the current directory).")
    Path root;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RedeployPlan plan;
        List<RedeployCase> cases;
        try {
            plan = quick
                    ? RedeployPlan.quick((rate != null) ? rate : RedeployPlan.QUICK_RATE_DEFAULT,
                            (repeats != null) ? repeats : 1)
                    : RedeployPlan.full((rate != null) ? rate : RedeployPlan.RATE_DEFAULT,
                            (repeats != null) ? repeats : RedeployPlan.REPEATS_DEFAULT);
            cases = cases();
        }
        catch (IllegalArgumentException ex) {
            return mistake(err, String.valueOf(ex.getMessage()));
        }
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(RedeployCommand.class)).toAbsolutePath()
            .normalize();
        AppJars jars = AppJars.under(checkout);
        Optional<String> unbuilt = jars.unbuilt(checkout, jars.jars().keySet());
        if (unbuilt.isPresent()) {
            return mistake(err, unbuilt.get());
        }
        try {
            Database.POSTGRES.reset(RedeployBenchmark.APPLICATIONS);
        }
        catch (IllegalStateException ex) {
            return mistake(err, "the instances of an application share a PostgreSQL schema, and " + ex.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Consumer<String> progress = line -> {
            stdout.println("bench redeploy: " + line);
            stdout.flush();
        };
        progress.accept("about " + (estimateSeconds(plan, cases) + 59) / 60 + " min for "
                + cases.stream().map(RedeployCase::id).toList() + ", " + plan.repeats() + " redeploy(s) each at "
                + RedeployMarkdown.count(plan.rate()) + " req/s");
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        MachineDescription machine = MachineDescription.current(CpuAffinity.NONE.describe(), jvm.flags());
        Provenance provenance = Provenance.begin(checkout);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path work = workDirectory();
        progress.accept("process logs in " + work);
        RedeployBenchmark benchmark = new RedeployBenchmark(plan, jars,
                ProcessLauncher.of(jvm, CpuAffinity.NONE, work.resolve("logs")).withReadyTimeout(plan.readyTimeout()),
                work, progress);
        List<CaseResult> results = new ArrayList<>();
        for (RedeployCase redeploy : cases) {
            results.add(benchmark.run(redeploy));
        }
        RedeployReport report = new RedeployReport(provenance.finish(), quick, started.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine, RedeployReport.Settings.of(plan),
                results, RedeployReport.conclusion(results));
        Path reports = (out != null) ? out : checkout.resolve("reports").resolve("benchmarks").resolve("redeploy");
        write(report, reports).forEach(path -> progress.accept("wrote " + path));
        progress.accept(report.conclusion());
        boolean failed = results.stream().anyMatch(result -> !result.failure().isEmpty());
        if (failed) {
            err.println("bench redeploy: some cases could not run to their end; see the report");
        }
        return failed ? EXIT_RUN_FAILED : 0;
    }

    static List<Path> write(RedeployReport report, Path directory) {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create " + directory, ex);
        }
        return ReportFiles.writeJsonAndMarkdown(JSON, report, directory, JSON_FILE, MARKDOWN_FILE,
                RedeployMarkdown::render);
    }

    private static long estimateSeconds(RedeployPlan plan, List<RedeployCase> cases) {
        return cases.stream()
            .mapToLong(redeploy -> plan.estimateSeconds(processes(redeploy), redeploy.restarted().size()))
            .sum();
    }

    /** Processes of each case's shape: the restarted ones, plus gateway and the rest. */
    private static int processes(RedeployCase redeploy) {
        return switch (redeploy) {
            case MONOLITH -> 1;
            case GATEWAY_MONOLITHS -> 3;
            case INVENTORY_SERVICES -> 5;
        };
    }

    private List<RedeployCase> cases() {
        if (only == null) {
            return RedeployCase.ALL;
        }
        List<RedeployCase> cases = new ArrayList<>();
        for (String name : only) {
            cases.add(RedeployCase.named(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--case must name monolith, gateway-monoliths or inventory-services, got " + name)));
        }
        return cases;
    }

    private static int mistake(PrintWriter err, String message) {
        err.println("bench redeploy: " + message);
        return EXIT_USAGE;
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-redeploy-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
