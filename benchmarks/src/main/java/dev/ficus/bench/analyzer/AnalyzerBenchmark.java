package dev.ficus.bench.analyzer;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.bench.analyzer.ParseOnly.Baseline;
import dev.ficus.bench.provenance.Provenance;

/**
 * Measures the whole of {@code ficus analyze} (reading, parsing, resolving, the graph,
 * clustering, metrics and report writing), run as a child JVM with the release launcher's
 * options, against two parse-only baselines on the same files in the same run: bare
 * JavaParser and JavaParser with the analyzer's configuration, both warm in this JVM. It
 * writes {@code analyzer-performance.md} and {@code .json}.
 */
public final class AnalyzerBenchmark {

    /**
     * The whole analysis must reach at least this share of bare parse-only throughput.
     */
    public static final double RATIO_TARGET = 1.0 / 3;

    /** Peak resident set of an analysis of a codebase of {@link #LARGE_LOC} lines. */
    public static final long PEAK_RSS_TARGET_MB = 2048;

    public static final long LARGE_LOC = 300_000;

    private static final int THREADS = ParallelWork.THREADS_DEFAULT;

    /**
     * The figures of one codebase. A ratio is parse-only time divided by analysis time (1
     * = the analysis is as fast as parsing alone), once on wall time and once on CPU
     * time.
     *
     * @param bareParseCpuSeconds CPU time of this process while parsing only, bare
     * JavaParser (all threads, GC included)
     * @param analyzerParseCpuSeconds likewise with the analyzer's parser configuration
     * @param analysisSeconds wall time of {@code ficus analyze} from start to exit
     * @param analysisCpuSeconds CPU time of the child JVM (all threads, JVM start, JIT
     * and GC included)
     * @param peakRssMb the child's peak resident set ({@code VmHWM})
     * @param analysisCpuMsPerKloc analysis CPU per 1,000 LOC: flat across sizes when the
     * cost is linear in LOC
     */
    public record Row(String codebase, int files, long loc, int types, int edges, long parseErrors,
            double bareParseSeconds, double bareParseCpuSeconds, double analyzerParseSeconds,
            double analyzerParseCpuSeconds, double analysisSeconds, double analysisCpuSeconds, long peakRssMb,
            double ratioToBare, double ratioToAnalyzerParse, double cpuRatioToBare, double cpuRatioToAnalyzerParse,
            double analysisCpuMsPerKloc, double unresolvedRatio) {

        /**
         * Judged on CPU time, which a loaded machine disturbs far less than wall time.
         */
        boolean meetsRatio() {
            return cpuRatioToBare >= RATIO_TARGET;
        }

        boolean meetsMemory() {
            return loc < LARGE_LOC || peakRssMb <= PEAK_RSS_TARGET_MB;
        }
    }

    /**
     * What a run measured and where it wrote it.
     *
     * @param jvmOptions the options of the child JVM, as the release launcher gives them
     * @param provenance the command line, commit, machine and load average before and
     * after
     */
    public record Result(List<Row> rows, int threads, List<String> jvmOptions, Provenance provenance, Path markdown,
            Path json) {

        public boolean meetsRatio() {
            return rows.stream().allMatch(Row::meetsRatio);
        }

        public boolean meetsMemory() {
            return rows.stream().allMatch(Row::meetsMemory);
        }
    }

    private AnalyzerBenchmark() {
    }

    /**
     * Benchmarks each codebase folder in turn and writes the reports into {@code outDir}.
     * @param checkout the Ficus checkout: its launcher script gives the child JVM's
     * options, its analyzer jar the code
     * @param started what was known as the run started ({@link Provenance#begin})
     */
    public static Result run(List<Path> codebases, Path outDir, Path checkout, Provenance started) {
        List<String> jvmOptions = LauncherOptions.of(checkout).options();
        ChildAnalysis child = new ChildAnalysis(jvmOptions, ChildAnalysis.classpath(checkout));
        warmUp(codebases);
        List<Row> rows = new ArrayList<>();
        Path markdown = outDir.resolve(PerformanceReport.MARKDOWN_FILE);
        Path json = outDir.resolve(PerformanceReport.JSON_FILE);
        @Nullable Result result = null;
        for (Path codebase : codebases) {
            rows.add(measure(codebase, child));
            // written after each codebase, so a long run that is stopped still leaves its
            // figures
            result = new Result(List.copyOf(rows), THREADS, jvmOptions, started.finish(), markdown, json);
            PerformanceReport.write(PerformanceReport.document(result, Instant.now()), outDir);
        }
        return Objects.requireNonNull(result, "no codebase to measure");
    }

    /**
     * Both baselines parse the smallest codebase twice first, so neither pays for the JIT
     * in its timed pass.
     */
    private static void warmUp(List<Path> codebases) {
        codebases.stream()
            .min(Comparator.comparingInt(codebase -> ParseOnly.javaFiles(codebase).size()))
            .ifPresent(smallest -> {
                System.err.println("warming up on " + smallest.getFileName());
                List<Path> files = ParseOnly.javaFiles(smallest);
                for (int round = 0; round < 2; round++) {
                    ParseOnly.parse(files, Baseline.BARE);
                    ParseOnly.parse(files, Baseline.ANALYZER);
                }
            });
    }

    /** The time of one parse-only pass. */
    record Timed(double seconds, double cpuSeconds) {
    }

    private static Timed parseOnly(List<Path> files, Baseline baseline) {
        System.gc();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        ParseOnly.parse(files, baseline);
        return new Timed((System.nanoTime() - start) / 1e9, (cpuNanos() - cpuStart) / 1e9);
    }

    private static Row measure(Path codebase, ChildAnalysis child) {
        String name = codebase.getFileName().toString();
        List<Path> files = ParseOnly.javaFiles(codebase);
        Timed bare = parseOnly(files, Baseline.BARE);
        Timed configured = parseOnly(files, Baseline.ANALYZER);
        System.err.printf("%s: parse-only %.1f s bare, %.1f s configured; analysing%n", name, bare.seconds(),
                configured.seconds());
        System.gc();
        ChildAnalysis.Measured analysis = child.analyse(codebase);
        return row(name, bare, configured, analysis);
    }

    static Row row(String name, Timed bare, Timed configured, ChildAnalysis.Measured analysis) {
        AnalysisDocument.Stats stats = analysis.stats();
        return new Row(name, stats.files(), stats.loc(), stats.types(), stats.edges(), stats.parseErrors(),
                round(bare.seconds()), round(bare.cpuSeconds()), round(configured.seconds()),
                round(configured.cpuSeconds()), round(analysis.wallSeconds()), round(analysis.cpuSeconds()),
                analysis.peakRssBytes() >> 20, round(bare.seconds() / analysis.wallSeconds()),
                round(configured.seconds() / analysis.wallSeconds()), round(bare.cpuSeconds() / analysis.cpuSeconds()),
                round(configured.cpuSeconds() / analysis.cpuSeconds()),
                round(analysis.cpuSeconds() * 1000 / (stats.loc() / 1000.0)), stats.unresolvedCallRatio());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

}
