package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.scaffold.ScaffoldRequest;
import dev.ficus.analyzer.scaffold.ScaffoldResult;
import dev.ficus.analyzer.scaffold.Scaffolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ficus scaffold}: generates the service skeleton of one planned candidate. */
@Command(name = "scaffold", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = { "Generates a Spring Boot service for a candidate of plan.json:",
                "remote API, endpoints, Flyway migration of its tables, configuration,",
                "contract test and gateway route.", "Re-running keeps files you changed unless --force is given." })
class ScaffoldCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--plan", paramLabel = "FILE", defaultValue = "ficus-out/plan.json",
            description = "The plan.json written by ficus plan (default: ${DEFAULT-VALUE}).")
    private Path plan;

    @Option(names = "--candidate", paramLabel = "NAME", required = true,
            description = "The candidate service to generate, as named in the plan.")
    private String candidate;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The service's folder.")
    private Path out;

    @Option(names = "--force", description = "Overwrite files you changed since they were generated.")
    private boolean force;

    @Override
    public Integer call() {
        ScaffoldResult result = Scaffolder.scaffold(new ScaffoldRequest(plan, candidate, out, force));
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("%s: %d files written, %d unchanged%n", out, result.written().size(), result.unchanged().size());
        if (!result.kept().isEmpty()) {
            printer.printf("kept %d files you changed (--force overwrites them): %s%n", result.kept().size(),
                    String.join(", ", result.kept()));
        }
        printer.printf("next: ./mvnw -f %s verify%n", out);
        return 0;
    }

}
