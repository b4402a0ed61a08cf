package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.ShellWords;
import dev.ficus.analyzer.plan.MigrationPlanner;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ficus plan [PATH]}: orders the candidate services of an analysis into an
 * extraction plan.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = { "Turns an analysis (analysis.json of ficus analyze) into an ordered extraction plan.",
                "Reads only the analysis; writes plan.md (for people) and plan.json (for ficus extract)." })
class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = { "The folder that was analysed: checked against the analysis, which must be of it.",
                    "An analysis.json here is read as --analysis." })
    private Path path;

    @Option(names = "--analysis", paramLabel = "FILE", defaultValue = "ficus-out/analysis.json",
            description = "The analysis.json written by ficus analyze (default: ${DEFAULT-VALUE}).")
    private Path analysisFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ficus-out",
            description = "Folder for plan.md and plan.json (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = { "-q", "--quiet" }, description = "Accepted for symmetry with analyze; plan prints no progress.")
    private boolean quiet;

    @Override
    public Integer call() {
        boolean analysisGiven = path != null && Files.isRegularFile(path);
        if (analysisGiven && spec.commandLine().getParseResult().hasMatchedOption("--analysis")) {
            throw new InvalidInputException("PATH " + path + " is a file: it names the folder that was analysed,"
                    + " and --analysis names the analysis.json");
        }
        if (analysisGiven && !path.getFileName().toString().endsWith(".json")) {
            Path folder = Objects.requireNonNullElse(path.toAbsolutePath().getParent(), path);
            throw new InvalidInputException("PATH " + path + " is a file, neither the folder that was analysed nor an"
                    + " analysis.json: ./ficus plan " + ShellWords.quote(folder.toString()));
        }
        Path analysisPath = analysisGiven ? path : analysisFile;
        AnalysisDocument analysis = AnalysisDocuments.read(analysisPath);
        if (path != null && !analysisGiven) {
            requireAnalysisOf(analysis, analysisPath, path);
        }
        MigrationPlan plan = MigrationPlanner.plan(analysis,
                out.resolve(PlanFiles.PLAN_JSON).toString().replace('\\', '/'));
        PlanFiles.write(plan, out);
        spec.commandLine()
            .getOut()
            .printf("extraction order: %s; wrote %s and %s%n",
                    plan.candidates().stream().map(PlanCommand::ranked).collect(Collectors.joining(", ")),
                    out.resolve(PlanFiles.PLAN_MD), out.resolve(PlanFiles.PLAN_JSON));
        return 0;
    }

    /**
     * The analysis names the folder it was made of as the user typed it: the same folder
     * when it exists from here, else at least a folder of the same name (the analysis may
     * have been made elsewhere).
     */
    private static void requireAnalysisOf(AnalysisDocument analysis, Path analysisPath, Path folder) {
        Path analysed = Path.of(analysis.input().path());
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("not a folder: " + folder);
        }
        boolean same = Files.exists(analysed) ? sameFolder(analysed, folder)
                : String.valueOf(analysed.toAbsolutePath().normalize().getFileName())
                    .equals(String.valueOf(folder.toAbsolutePath().normalize().getFileName()));
        if (!same) {
            throw new InvalidInputException("the analysis " + analysisPath + " is of " + analysis.input().path()
                    + ", not of " + folder + ": re-run ./ficus analyze " + ShellWords.quote(folder.toString()));
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        }
        catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String ranked(CandidatePlan candidate) {
        return String.format(Locale.ROOT, "%d. %s (%.2f)", candidate.rank(), candidate.name(), candidate.score());
    }

}
