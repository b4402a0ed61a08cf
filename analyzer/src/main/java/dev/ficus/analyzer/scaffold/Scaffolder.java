package dev.ficus.analyzer.scaffold;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.InvalidInputException;
import java.nio.file.Files;
import java.util.stream.Collectors;

/** Generates the service skeleton of one planned candidate: {@code ficus scaffold}. */
public final class Scaffolder {

    private Scaffolder() {
    }

    /**
     * Generates or updates the service folder.
     * @throws InvalidInputException when the plan is missing or of another version, the
     * candidate is not in it, or the output folder is a file
     */
    public static ScaffoldResult scaffold(ScaffoldRequest request) {
        if (Files.exists(request.out()) && !Files.isDirectory(request.out())) {
            throw new InvalidInputException("output folder is a file: " + request.out());
        }
        MigrationPlan plan = PlanFiles.read(request.plan());
        CandidatePlan candidate = plan.candidate(request.candidate())
            .orElseThrow(() -> new InvalidInputException("unknown candidate '" + request.candidate() + "' in "
                    + request.plan() + " (candidates: "
                    + plan.candidates().stream().map(CandidatePlan::name).collect(Collectors.joining(", ")) + ")"));
        return ScaffoldWriter.write(request.out(), ServiceSkeleton.files(candidate, request.out().toString()),
                request.force());
    }

}
