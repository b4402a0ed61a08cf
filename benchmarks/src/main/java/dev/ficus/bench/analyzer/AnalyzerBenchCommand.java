package dev.ficus.bench.analyzer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.topology.AppJars;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench analyzer}: the analyzer's whole pipeline against JavaParser parse-only on
 * large real codebases, written to {@code analyzer-performance.md} and {@code .json}.
 */
@Command(name = "analyzer", mixinStandardHelpOptions = true,
        description = { "Measure the analyzer against JavaParser parse-only on the same files, in one run.",
                "Without CODEBASE folders it unpacks spring-webmvc, spring-context and hibernate-core sources "
                        + "from Maven Central (through the Maven wrapper) under benchmarks/target/bench-sources/.",
                "The analysis runs as 'ficus analyze' in a child JVM with the release launcher's options; "
                        + "its CPU seconds and peak RSS are read from /proc." })
public final class AnalyzerBenchCommand implements Callable<Integer> {

    private static final int EXIT_USAGE = 2;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CODEBASE", arity = "0..*", description = "Folders with Java sources to measure.")
    List<Path> codebases = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where analyzer-performance.md and .json go (default: reports in the checkout).")
    Path out;

    @Override
    public Integer call() {
        for (Path codebase : codebases) {
            if (!Files.isDirectory(codebase)) {
                return mistake("not a folder: " + codebase);
            }
        }
        Path checkout = AppJars.defaultRoot(AnalyzerBenchCommand.class).toAbsolutePath().normalize();
        Provenance started = Provenance.begin(checkout);
        List<Path> measured = codebases;
        if (measured.isEmpty()) {
            try {
                measured = BenchSources.fetch(BenchSources.repositoryRoot(), BenchSources.ARTIFACTS_DEFAULT);
            }
            catch (IllegalStateException ex) {
                return mistake("name CODEBASE folders, or run from the Ficus checkout to fetch the default ones ("
                        + ex.getMessage() + ")");
            }
        }
        AnalyzerBenchmark.Result result = AnalyzerBenchmark.run(measured,
                (out != null) ? out : checkout.resolve("reports"), checkout, started);
        PrintWriter stdout = spec.commandLine().getOut();
        result.rows()
            .forEach(row -> stdout.printf(
                    "bench analyzer: %s: %,d LOC in %.1f CPU s, peak RSS %,d MB (%.2f of bare parse-only CPU)%n",
                    row.codebase(), row.loc(), row.analysisCpuSeconds(), row.peakRssMb(), row.cpuRatioToBare()));
        stdout.println("bench analyzer: wrote " + result.markdown() + " and " + result.json());
        return 0;
    }

    private int mistake(String message) {
        spec.commandLine().getErr().println("bench analyzer: " + message);
        return EXIT_USAGE;
    }

}
