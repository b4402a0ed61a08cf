package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.Topology;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench faults}: kills -9 each service and the monolith in turn under a bounded
 * open-model load through the gateway, starts it again, accounts for every request and
 * acknowledged write, tries the bad inputs of issue #15, and writes
 * {@code reliability.json} and {@code reliability.md}.
 */
@Command(name = "faults", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Kill -9 each service and the monolith under load through the gateway, send bad input, "
                + "and report failed requests, fallback and recovery times, and acknowledged writes lost.")
public final class FaultsCommand implements Callable<Integer> {

    private static final int EXIT_RUN_FAILED = 1;

    private static final int EXIT_USAGE = 2;

    private static final String BOTH = "both";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick",
            description = "A few seconds per fault and fewer products: checks the harness, " + "measures nothing.")
    boolean quick;

    @Option(names = "--database", paramLabel = "embedded|postgres|both", defaultValue = "embedded",
            description = "Where the processes keep their data: their embedded defaults, the local PostgreSQL "
                    + "(127.0.0.1:5432/test, fresh schemas), or one run on each (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--rate", paramLabel = "REQ/S", description = "Open-model rate through the gateway (default: "
            + FaultPlan.RATE_DEFAULT + ", or " + FaultPlan.QUICK_RATE_DEFAULT + " with --quick).")
    Double rate;

    @Option(names = "--fault", paramLabel = "PROCESS", split = ",",
            description = "Kill only these: catalog-service, inventory-service, monolith (default: all, in this order).")
    List<String> only;

    @Option(names = "--instances", paramLabel = "N", defaultValue = "1",
            description = "Instances of catalog-service, of inventory-service and of the monolith: 1, or 2 (with "
                    + "--database postgres only, the instances of an application sharing one schema) behind the "
                    + "gateway's load balancer, of which a fault kills one (default: ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where reliability.json and reliability.md go (default: reports in the checkout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout whose module target/ folders hold the runnable jars "
                    + "(default: the checkout this jar was built in, else the current directory).")
    Path root;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        FaultPlan plan;
        List<Database> databases;
        List<Fault> faults;
        try {
            plan = quick ? FaultPlan.quick((rate != null) ? rate : FaultPlan.QUICK_RATE_DEFAULT)
                    : FaultPlan.full((rate != null) ? rate : FaultPlan.RATE_DEFAULT);
            databases = databases();
            checkInstances(databases);
            faults = faults().stream().map(fault -> fault.inShapeWith(instances)).toList();
        }
        catch (IllegalArgumentException ex) {
            err.println("bench faults: " + ex.getMessage());
            return EXIT_USAGE;
        }
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(FaultsCommand.class)).toAbsolutePath().normalize();
        AppJars jars = AppJars.under(checkout);
        Optional<String> unbuilt = jars.unbuilt(checkout, jars.jars().keySet());
        if (unbuilt.isPresent()) {
            err.println("bench faults: " + unbuilt.get());
            return EXIT_USAGE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Consumer<String> progress = line -> {
            stdout.println("bench faults: " + line);
            stdout.flush();
        };
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        String commit = commit(checkout);
        MachineDescription machine = MachineDescription.current(CpuAffinity.NONE.describe(), jvm.flags());
        List<Double> loadBefore = LoadAverage.now();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ReliabilityReport.DatabaseRun> runs = new ArrayList<>();
        for (Database db : databases) {
            runs.add(run(db, instances, faults, plan, jars, jvm, started, progress));
        }
        ReliabilityReport report = new ReliabilityReport(command(), commit, quick, started.toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine, loadBefore, LoadAverage.now(),
                ReliabilityReport.Settings.of(plan), runs, ReliabilityReport.Goal.of(runs));
        Path reports = (out != null) ? out : checkout.resolve("reports");
        ReliabilityWriter.write(report, reports).forEach(path -> progress.accept("wrote " + path));
        report.goals()
            .forEach(goal -> progress.accept("goal " + goal.name() + " " + goal.target() + ": measured "
                    + (goal.measured() == null ? "nothing" : ReliabilityMarkdown.number(goal.measured()))
                    + (goal.met() ? " (met)" : " (missed)")));
        boolean failed = runs.stream()
            .anyMatch(run -> !run.failure().isEmpty() || run.faults().stream().anyMatch(f -> !f.failure().isEmpty()));
        if (failed) {
            err.println("bench faults: some faults could not run to their end; see the report");
        }
        return failed ? EXIT_RUN_FAILED : 0;
    }

    private ReliabilityReport.DatabaseRun run(Database db, int instances, List<Fault> faults, FaultPlan plan,
            AppJars jars, JvmOptions jvm, Instant started, Consumer<String> progress) {
        Consumer<String> tagged = line -> progress.accept(db.label() + ": " + line);
        List<FaultResult> results = new ArrayList<>();
        @Nullable BadInputResult badInputs = null;
        String failure = "";
        Path work = workDirectory();
        ProcessLauncher launcher = ProcessLauncher.of(jvm, CpuAffinity.NONE, work.resolve("logs"))
            .withReadyTimeout(plan.readyTimeout());
        try {
            db.reset(FaultTopology.processNames());
            Topology shape = FaultTopology.of(jars, work, plan.productCount(), db, instances);
            tagged.accept("starting " + shape.description() + " (logs in " + work + ")");
            try (RunningTopology topology = RunningTopology.start(shape, launcher)) {
                Queue<Long> stockProducts = FaultPhase.stockWriteProducts(plan.productCount());
                FaultPhase phase = new FaultPhase(topology, launcher, plan, tagged);
                phase.warmUp(stockProducts,
                        "F%d-%sw".formatted(started.getEpochSecond() % 1_000_000, db.label().charAt(0)), 41);
                for (int i = 0; i < faults.size(); i++) {
                    Fault fault = faults.get(i);
                    tagged.accept("fault " + (i + 1) + "/" + faults.size() + ": kill -9 " + fault.process());
                    String skuPrefix = "F%d-%s%d".formatted(started.getEpochSecond() % 1_000_000, db.label().charAt(0),
                            i);
                    results.add(phase.run(fault, stockProducts, skuPrefix, 42 + i));
                }
                tagged.accept("bad input: " + BadInput.all().size() + " requests");
                badInputs = new BadInputs(topology, launcher, plan.badInputTimeout(), tagged).run(BadInput.all());
            }
        }
        catch (ProcessFailedException | IllegalStateException ex) {
            failure = String.valueOf(ex.getMessage()).lines().findFirst().orElse(ex.toString());
            tagged.accept("stopped: " + failure);
        }
        finally {
            try {
                db.reset(FaultTopology.processNames());
            }
            catch (IllegalStateException ex) {
                tagged.accept("could not drop the run's schemas: " + ex.getMessage());
            }
        }
        return new ReliabilityReport.DatabaseRun(db.label(), instances, instances, failure, results, badInputs);
    }

    private List<Database> databases() {
        return switch (database.toLowerCase(Locale.ROOT)) {
            case "embedded" -> List.of(Database.EMBEDDED);
            case "postgres" -> List.of(Database.POSTGRES);
            case BOTH -> List.of(Database.EMBEDDED, Database.POSTGRES);
            default ->
                throw new IllegalArgumentException("--database must be embedded, postgres or both, got " + database);
        };
    }

    /**
     * Several instances of a service must share its data, which only PostgreSQL allows:
     * each embedded store is a file of one process.
     */
    private void checkInstances(List<Database> databases) {
        if (instances == 1) {
            return;
        }
        if (instances != 2) {
            throw new IllegalArgumentException("--instances must be 1 or 2, got " + instances);
        }
        if (!databases.equals(List.of(Database.POSTGRES))) {
            throw new IllegalArgumentException("--instances 2 needs --database postgres (the instances of a service "
                    + "share one schema; an embedded database belongs to one process)");
        }
    }

    private List<Fault> faults() {
        if (only == null) {
            return Fault.ALL;
        }
        List<Fault> faults = new ArrayList<>();
        for (String name : only) {
            faults.add(Fault.named(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "--fault must name catalog-service, inventory-service or monolith, got " + name)));
        }
        return faults;
    }

    /** The command line as a user would type it, without machine-specific paths. */
    private String command() {
        List<String> words = new ArrayList<>(List.of("./ficus", "bench", "faults"));
        if (quick) {
            words.add("--quick");
        }
        words.add("--database " + database.toLowerCase(Locale.ROOT));
        if (rate != null) {
            words.add("--rate " + ReliabilityMarkdown.number(rate));
        }
        if (instances != 1) {
            words.add("--instances " + instances);
        }
        if (only != null) {
            words.add("--fault " + String.join(",", only));
        }
        return String.join(" ", words);
    }

    /**
     * The checkout's commit, {@code -dirty} when it has uncommitted changes,
     * {@code unknown} without git.
     */
    static String commit(Path checkout) {
        String head = git(checkout, "rev-parse", "--short=12", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git(checkout, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path checkout, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", checkout.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = process.waitFor(10, TimeUnit.SECONDS);
            return (done && process.exitValue() == 0) ? output : "";
        }
        catch (IOException ex) {
            return "";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-faults-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
