package dev.ficus.bench.change;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
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
 * {@code bench change-cost}: what one change costs in each shape: its reach through the
 * analysis, the changed unit's build and test, and its restart, timed side by side.
 */
@Command(name = "change-cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "What one change costs in each shape of the sample: how many other candidates a change to a "
                + "candidate's class reaches (from the analysis), build + test time of the changed unit (the whole "
                + "monolith, the monolith's module, the service) and its time from launch to ready, timed side by side.",
                "The service builds against the Ficus libraries in the local Maven repository: run "
                        + "'./mvnw -B install -DskipTests' once before." })
public final class ChangeCostCommand implements Callable<Integer> {

    static final String JSON_FILE = "change-cost.json";

    static final String MARKDOWN_FILE = "summary.md";

    private static final int EXIT_RUN_FAILED = 1;

    private static final int EXIT_USAGE = 2;

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "One repeat, builds without tests: checks the harness, measures nothing.")
    boolean quick;

    @Option(names = "--repeats", paramLabel = "N",
            description = "Timed builds and starts of each unit (default: 3, or 1 with --quick).")
    Integer repeats;

    @Option(names = "--analysis", paramLabel = "FILE",
            description = "analysis.json to read the reach from (default: the checkout's monolith-app, analysed now).")
    Path analysis;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where change-cost.json and summary.md go (default: reports/benchmarks/change-cost).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout to build in, whose target/ folders hold the runnable jars "
                    + "(default: the checkout this jar was built in, else the current directory).")
    Path root;

    @Option(names = "--no-pin", description = "Do not pin the started processes to the system-under-test CPU.")
    boolean noPin;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(ChangeCostCommand.class)).toAbsolutePath()
            .normalize();
        int times = (repeats != null) ? repeats : (quick ? 1 : 3);
        AppJars jars = AppJars.under(checkout);
        String mistake = mistake(checkout, jars, times);
        if (!mistake.isEmpty()) {
            err.println("bench change-cost: " + mistake);
            return EXIT_USAGE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Consumer<String> progress = line -> {
            stdout.println("bench change-cost: " + line);
            stdout.flush();
        };
        Provenance provenance = Provenance.begin(checkout);
        CpuAffinity affinity = noPin ? CpuAffinity.NONE : CpuAffinity.auto();
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        MachineDescription machine = MachineDescription.current(affinity.describe(), jvm.flags());
        AnalysisDocument document;
        try {
            document = analysis(checkout, progress);
        }
        catch (IllegalArgumentException ex) {
            err.println("bench change-cost: " + ex.getMessage());
            return EXIT_USAGE;
        }
        List<UnitBuild> builds = UnitBuild.sample(quick);
        Path work = workDirectory();
        progress.accept("%d builds and 2 starts, %d time(s) each, round by round (logs in %s)".formatted(builds.size(),
                times, work));
        List<ChangeCostReport.BuildResult> built = new UnitBuilds(new BuildTimer(checkout, work, BUILD_TIMEOUT),
                progress)
            .time(builds, times);
        ProcessLauncher launcher = ProcessLauncher.of(jvm, affinity, work.resolve("logs"));
        List<ChangeCostReport.StartResult> started = new UnitStarts(jars, work, launcher, progress).time(times);
        ChangeCostReport report = new ChangeCostReport(provenance.finish(), machine, quick, times,
                (analysis != null) ? analysis.toString() : "monolith-app", ChangeReach.of(document), built, started);
        Path reports = (out != null) ? out : checkout.resolve("reports/benchmarks/change-cost");
        ReportFiles.writeJsonAndMarkdown(JSON, report, reports, JSON_FILE, MARKDOWN_FILE, ChangeCostMarkdown::render)
            .forEach(path -> progress.accept("wrote " + path));
        boolean failed = built.stream().anyMatch(result -> !result.failure().isEmpty())
                || started.stream().anyMatch(result -> !result.failure().isEmpty());
        if (failed) {
            err.println("bench change-cost: some builds or starts failed; see the report");
        }
        return failed ? EXIT_RUN_FAILED : 0;
    }

    private String mistake(Path checkout, AppJars jars, int times) {
        if (times < 1 || times > 10) {
            return "--repeats must be between 1 and 10, got " + times;
        }
        if (!Files.isExecutable(checkout.resolve("mvnw"))) {
            return checkout + " is not a Ficus checkout (no mvnw); give one with --root";
        }
        if (!jars.has(AppJars.MONOLITH, AppJars.INVENTORY_SERVICE)) {
            return "no runnable jars under " + checkout + "/*/target (missing: " + String.join(", ", jars.missing())
                    + "); build them first: ./mvnw -B install -DskipTests";
        }
        if (analysis != null && !Files.isRegularFile(analysis)) {
            return "no analysis at " + analysis + "; write one with: ./ficus analyze monolith-app";
        }
        return "";
    }

    private AnalysisDocument analysis(Path checkout, Consumer<String> progress) {
        if (analysis != null) {
            try {
                return AnalysisDocuments.read(analysis);
            }
            catch (RuntimeException ex) {
                throw new IllegalArgumentException(
                        analysis + " is not an analysis.json Ficus can read: " + ex.getMessage(), ex);
            }
        }
        progress.accept("analysing " + checkout.resolve("monolith-app"));
        return Analyzer.of(AnalyzerOptions.of(checkout.resolve("monolith-app"))).analyze().document();
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-change-cost-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
