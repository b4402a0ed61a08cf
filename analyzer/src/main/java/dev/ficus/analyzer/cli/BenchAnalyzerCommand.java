package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.bench.AnalyzerBenchmark;
import dev.ficus.analyzer.bench.BenchSources;
import dev.ficus.analyzer.source.InvalidInputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ficus bench-analyzer}: full analysis against JavaParser parse-only on large real codebases. */
@Command(name = "bench-analyzer", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = {"Measures the analyzer against JavaParser parse-only on the same files, in one run.",
                "Without CODEBASE folders it unpacks spring-webmvc, spring-context and hibernate-core sources "
                        + "from Maven Central under analyzer/target/bench-sources/.",
                "Run it with FICUS_JAVA_OPTS=-Xmx2g on an otherwise idle machine."})
class BenchAnalyzerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CODEBASE", arity = "0..*", description = "Folders with Java sources to measure.")
    private List<Path> codebases = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where analyzer-performance.md and .json go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        for (Path codebase : codebases) {
            if (!Files.isDirectory(codebase)) {
                throw new InvalidInputException("not a folder: " + codebase);
            }
        }
        List<Path> measured = codebases.isEmpty() ? defaultCodebases() : codebases;
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(measured, out);
        PrintWriter stdout = spec.commandLine().getOut();
        result.rows().forEach(row -> stdout.printf("%s: %,d LOC in %.1f s (%.0f LOC/s, %.2f of parse-only)%n",
                row.codebase(), row.loc(), row.totalSeconds(), row.locPerSecond(), row.ratioToParseOnly()));
        stdout.println("wrote " + result.markdown() + " and " + result.json());
        return 0;
    }

    private static List<Path> defaultCodebases() {
        Path repository;
        try {
            repository = BenchSources.repositoryRoot();
        } catch (IllegalStateException e) {
            throw new InvalidInputException(
                    "name CODEBASE folders, or run from the Ficus checkout to fetch the default ones");
        }
        return BenchSources.fetch(repository, BenchSources.ARTIFACTS_DEFAULT);
    }
}
