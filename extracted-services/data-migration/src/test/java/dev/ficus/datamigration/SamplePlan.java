package dev.ficus.datamigration;

import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.plan.MigrationPlanner;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample monolith's real {@code plan.json}, made once per test JVM by the analyzer as
 * {@code ./ficus analyze monolith-app && ./ficus plan monolith-app} makes it.
 */
final class SamplePlan {

    private static Path file;

    private SamplePlan() {
    }

    static synchronized Path file() {
        if (file == null) {
            try {
                Path folder = Files.createTempDirectory("ficus-sample-plan");
                Path monolith = Path.of(System.getProperty("ficus.monolith.sources"));
                PlanFiles.write(MigrationPlanner.plan(Analyzer.of(AnalyzerOptions.of(monolith)).analyze().document()),
                        folder);
                file = folder.resolve(PlanFiles.PLAN_JSON);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

}
