package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.plan.Analysis;
import dev.ficus.analyzer.plan.AnalysisReader;
import dev.ficus.analyzer.plan.CandidatePlan;
import dev.ficus.analyzer.plan.MigrationPlan;
import dev.ficus.analyzer.plan.MigrationPlanner;
import dev.ficus.analyzer.plan.PlanFiles;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficus plan PATH}: orders the candidate services of an analysis into an extraction plan. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = {"Turns the analysis of the sources under PATH into an ordered extraction plan.",
                "Writes plan.md (for people) and plan.json (for ficus scaffold) to the output folder."})
class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The folder that was analysed with ficus analyze.")
    private Path path;

    @Option(names = "--analysis", paramLabel = "FILE", defaultValue = "ficus-out/analysis.json",
            description = "The analysis.json written by ficus analyze (default: ${DEFAULT-VALUE}).")
    private Path analysisFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ficus-out",
            description = "Folder for plan.md and plan.json (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        Analysis analysis = AnalysisReader.read(analysisFile);
        Progress progress = TerminalProgress.of(spec.commandLine().getErr(), quiet);
        ParsedSources sources = SourceReader.read(SourceRequest.of(path), progress);
        CodeGraph graph = GraphBuilder.build(sources, EdgeWeights.defaults(), progress);
        MigrationPlan plan = MigrationPlanner.plan(analysis, graph, sources);
        PlanFiles.write(plan, out);
        spec.commandLine().getOut().printf("extraction order: %s; wrote %s and %s%n",
                plan.candidates().stream().map(PlanCommand::ranked).collect(Collectors.joining(", ")),
                out.resolve(PlanFiles.PLAN_MD), out.resolve(PlanFiles.PLAN_JSON));
        return 0;
    }

    private static String ranked(CandidatePlan candidate) {
        return String.format(Locale.ROOT, "%d. %s (%.2f)", candidate.rank(), candidate.name(), candidate.score());
    }
}
