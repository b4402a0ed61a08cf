package dev.ficus.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ProcessFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ficus demo}: the migration guide's whole journey on the sample monolith in one
 * command, on embedded defaults and free ports.
 */
@Command(name = "ficus demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Takes a capability of the sample monolith to a service under live traffic, in one command: "
                + "analyse -> plan -> ficus extract the candidate and build it with offline Maven -> start the monolith, "
                + "the service and the gateway on free ports -> move the data "
                + "with migrate-data -> shadow until no answer differs -> canary through the gateway's rollout -> "
                + "service at 100%% -> the monolith calls it (inventory; the others need their generated adapters compiled into "
                + "the monolith) -> a short monolith-vs-services comparison -> " + "<out>/index.html.",
                "One line per step says what it proved. Ctrl-C stops every process it started." },
        footer = { "", "Exit codes: 0 every step proved what it should; 1 a step failed (it says which and where its "
                + "log is, and everything is stopped); 2 a usage mistake." })
public final class DemoCommand implements Callable<Integer> {

    static final int STEP_FAILED = 1;

    static final int USAGE = 2;

    /** Marks a folder as the demo's own, so a second run may empty it. */
    static final String MARKER = ".ficus-demo";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--candidate", paramLabel = "NAME",
            description = "Move this candidate of the plan (default: the best-ranked one the demo can drive).")
    String candidate;

    @Option(names = "--keep-running",
            description = "Leave the monolith, the service and the gateway running at the end, to explore them.")
    boolean keepRunning;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ficus-demo",
            description = "Where the reports, logs and databases go; emptied first (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout holding monolith-app and the built jars (default: the checkout this jar was "
                    + "built in, else the current directory).")
    Path root;

    private volatile boolean interrupted;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new DemoCommand()).setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof DemoUsageException) {
                commandLine.getErr().println("demo: " + ex.getMessage());
                return USAGE;
            }
            throw ex;
        });
    }

    @Override
    public Integer call() {
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(DemoCommand.class)).toAbsolutePath().normalize();
        requireJars(checkout);
        freshFolder(out);
        PrintWriter stdout = spec.commandLine().getOut();
        StepPrinter print = new StepPrinter(stdout, Step.values().length);
        DemoRun run = new DemoRun(checkout, out, Optional.ofNullable(candidate), print);
        Thread onCtrlC = new Thread(() -> {
            interrupted = true;
            stdout.println("demo: interrupted at step " + run.current().number() + " (" + run.current().label()
                    + "); stopping every process it started");
            stdout.flush();
        }, "demo-interrupted");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        long started = System.nanoTime();
        print.line(
                "demo: the strangler fig on the sample monolith, one line per step; reports, logs and data in " + out);
        try {
            run.run();
            print.line("demo: done in %.0f s".formatted((System.nanoTime() - started) / 1e9));
            finish(run, print);
            return 0;
        }
        catch (DemoUsageException ex) {
            run.stop();
            throw ex;
        }
        catch (RuntimeException ex) {
            // any exception inside a step is that step's failure: say which, then stop
            // everything
            if (!interrupted) {
                reportFailure(run, ex, failedLog(run, ex));
            }
            run.stop();
            return STEP_FAILED;
        }
        finally {
            removeHook(onCtrlC);
        }
    }

    private void finish(DemoRun run, StepPrinter print) {
        if (!keepRunning) {
            run.stop();
            print.line("demo: stopped the processes it started; open " + out.resolve(DemoPage.INDEX));
            return;
        }
        List<Long> pids = run.detach();
        print.line("demo: still running (--keep-running); stop them with: kill "
                + pids.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    private void reportFailure(DemoRun run, RuntimeException ex, Path log) {
        PrintWriter err = spec.commandLine().getErr();
        Step step = run.current();
        err.printf("demo: step %d/%d (%s) failed: %s%n", step.number(), Step.values().length, step.label(),
                Optional.ofNullable(ex.getMessage()).orElse(ex.toString()).lines().findFirst().orElse(""));
        err.println("demo: its log: " + log);
        err.println("demo: stopping every process it started");
        err.flush();
    }

    private Path failedLog(DemoRun run, RuntimeException ex) {
        if (ex instanceof ProcessFailedException failed) {
            return out.resolve("logs").resolve(failed.process() + ".log");
        }
        Path stepLog = (ex instanceof StepFailedException failed) ? failed.log() : null;
        if (stepLog != null) {
            return stepLog;
        }
        return run.log(run.current());
    }

    private static void requireJars(Path checkout) {
        if (!Files.isDirectory(checkout.resolve("monolith-app/src"))) {
            throw new DemoUsageException("runs on the sample monolith of a Ficus clone and there is none under "
                    + checkout + ": run ./ficus demo in a clone of the Ficus repository, or pass --root CLONE");
        }
        AppJars jars = AppJars.under(checkout);
        if (!jars.has(AppJars.MONOLITH, AppJars.GATEWAY)) {
            throw new DemoUsageException("no sample monolith or runnable jars under " + checkout + " (missing: "
                    + String.join(", ", jars.missing()) + "); build them first: "
                    + "./mvnw -B package -DskipTests, or run ./ficus demo");
        }
    }

    /**
     * Empties the demo's folder of an earlier run; refuses a folder that is not the
     * demo's.
     */
    static void freshFolder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                boolean ours = Files.exists(folder.resolve(MARKER));
                try (Stream<Path> entries = Files.list(folder)) {
                    if (!ours && entries.findAny().isPresent()) {
                        throw new DemoUsageException(folder + " exists and was not written by ficus demo; pass --out");
                    }
                }
                deleteTree(folder);
            }
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), "written by ficus demo; emptied by its next run\n");
        }
        catch (IOException ex) {
            throw new DemoUsageException("cannot prepare " + folder + ": " + ex.getMessage());
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException ex) {
            // already shutting down: the hook runs
        }
    }

}
