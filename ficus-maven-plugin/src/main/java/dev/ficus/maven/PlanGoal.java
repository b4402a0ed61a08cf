package dev.ficus.maven;

import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.analyzer.plan.MigrationPlanner;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.work.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/** The analyzer calls of {@code ficus:plan}. */
final class PlanGoal {

    /**
     * The plan written.
     *
     * @param order candidates in extraction order, e.g. {@code "1. notifications (0.82)"}
     * @param markdown plan.md
     * @param json plan.json
     */
    record Result(List<String> order, Path markdown, Path json) {
    }

    private PlanGoal() {
    }

    static Result run(ProjectSources sources, Path analysisFile, Path out, Progress progress)
            throws MojoFailureException {
        try {
            MigrationPlan plan = MigrationPlanner.plan(AnalysisDocuments.read(analysisFile),
                    out.resolve(PlanFiles.PLAN_JSON).toString());
            PlanFiles.write(plan, out);
            return new Result(plan.candidates()
                .stream()
                .map(candidate -> String.format(Locale.ROOT, "%d. %s (%.2f)", candidate.rank(), candidate.name(),
                        candidate.score()))
                .toList(), out.resolve(PlanFiles.PLAN_MD), out.resolve(PlanFiles.PLAN_JSON));
        }
        catch (InvalidInputException e) {
            throw new MojoFailureException(
                    "ficus: " + String.valueOf(e.getMessage()).replace("./ficus analyze", "ficus:analyze"));
        }
    }

}
