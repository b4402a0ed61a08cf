package dev.ficus.bench.analyzer;

import org.jspecify.annotations.Nullable;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.Analysis;
import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.report.ReportWriter;
import dev.ficus.analyzer.report.ReportFormat;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import dev.ficus.bench.provenance.Provenance;

/**
 * Measures the whole analysis, as {@code ficus analyze} runs it ({@link Analyzer#analyze}
 * and {@link ReportWriter#write}: reading, parsing, resolving, the graph, clustering,
 * metrics and report writing), against JavaParser parsing alone on the same files in the
 * same run, and writes {@code analyzer-performance.md} and {@code .json}. Run it with
 * {@code -Xmx2g} on the machine whose figures you want.
 */
public final class AnalyzerBenchmark {

    /** Full analysis must reach at least this share of parse-only throughput. */
    public static final double RATIO_TARGET = 1.0 / 3;

    /**
     * A codebase of at least {@link #LARGE_LOC} lines must be analysed within this many
     * seconds.
     */
    public static final double LARGE_SECONDS_TARGET = 60;

    public static final long LARGE_LOC = 300_000;

    private static final int THREADS = ParallelWork.THREADS_DEFAULT;

    /**
     * The figures of one codebase.
     *
     * @param parseOnlyCpuSeconds CPU time of the whole process while parsing only (all
     * threads, GC included)
     * @param totalCpuSeconds CPU time of the whole process during the analysis
     * @param ratioToParseOnly analysis throughput divided by parse-only throughput (1 =
     * as fast as parsing)
     * @param peakHeapMb highest used heap seen during the full analysis, sampled every 20
     * ms
     */
    public record Row(String codebase, int files, long loc, int types, int edges, long parseErrors,
            double parseOnlySeconds, double totalSeconds, double parseOnlyCpuSeconds, double totalCpuSeconds,
            double parseOnlyLocPerSecond, double locPerSecond, double ratioToParseOnly, long peakHeapMb,
            double unresolvedRatio, long resolvedCalls, long unresolvedCalls) {

        boolean meetsTargets() {
            return ratioToParseOnly >= RATIO_TARGET && (loc < LARGE_LOC || totalSeconds < LARGE_SECONDS_TARGET);
        }
    }

    /**
     * What a run measured and where it wrote it.
     *
     * @param provenance the command line, commit, machine and load average before and
     * after
     */
    public record Result(List<Row> rows, int threads, long maxHeapMb, Provenance provenance, Path markdown, Path json) {

        public boolean meetsTargets() {
            return rows.stream().allMatch(Row::meetsTargets);
        }
    }

    private AnalyzerBenchmark() {
    }

    /**
     * Benchmarks each codebase folder in turn and writes the reports into {@code outDir}.
     * @param started what was known as the run started ({@link Provenance#begin})
     */
    public static Result run(List<Path> codebases, Path outDir, Provenance started) {
        warmUp(codebases);
        List<Row> rows = new ArrayList<>();
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        Path markdown = outDir.resolve(PerformanceReport.MARKDOWN_FILE);
        Path json = outDir.resolve(PerformanceReport.JSON_FILE);
        @Nullable Result result = null;
        for (Path codebase : codebases) {
            rows.add(measure(codebase));
            // written after each codebase, so a long run that is stopped still leaves its
            // figures
            result = new Result(List.copyOf(rows), THREADS, maxHeapMb, started.finish(), markdown, json);
            PerformanceReport.write(PerformanceReport.document(result, Instant.now()), outDir);
        }
        return Objects.requireNonNull(result, "no codebase to measure");
    }

    /**
     * Both measured paths run once on the smallest codebase first, so neither pays for
     * the JIT alone.
     */
    private static void warmUp(List<Path> codebases) {
        codebases.stream()
            .min(Comparator.comparingInt(codebase -> ParseOnly.javaFiles(codebase).size()))
            .ifPresent(smallest -> {
                System.err.println("warming up on " + smallest.getFileName());
                ParseOnly.parse(ParseOnly.javaFiles(smallest));
                analyse(smallest);
            });
    }

    /**
     * Exactly what {@code ficus analyze CODEBASE} runs with default options: reading,
     * parsing, resolving, the graph, clustering, metrics and writing every report (into a
     * scratch folder deleted afterwards).
     */
    private static Analysis analyse(Path codebase) {
        @Nullable Path scratch = null;
        try {
            scratch = Files.createTempDirectory("ficus-bench-");
            Analysis analysis = Analyzer.of(AnalyzerOptions.of(codebase)).analyze(Progress.NONE);
            ReportWriter.write(analysis.document(), scratch, EnumSet.allOf(ReportFormat.class));
            return analysis;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }

    private static Row measure(Path codebase) {
        String name = codebase.getFileName().toString();
        List<Path> files = ParseOnly.javaFiles(codebase);
        System.gc();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        ParseOnly.parse(files);
        double parseSeconds = seconds(start);
        double parseCpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        System.err.printf("%s: parse-only %.1f s, analysing%n", name, parseSeconds);
        System.gc();
        try (HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            cpuStart = cpuNanos();
            Analysis analysis = analyse(codebase);
            double totalSeconds = seconds(start);
            double totalCpuSeconds = (cpuNanos() - cpuStart) / 1e9;
            long peakMb = heap.peakBytes() >> 20;
            AnalysisDocument.Stats stats = analysis.document().stats();
            CodeGraph graph = analysis.graph();
            return new Row(name, stats.files(), stats.loc(), stats.types(), stats.edges(), stats.parseErrors(),
                    round(parseSeconds), round(totalSeconds), round(parseCpuSeconds), round(totalCpuSeconds),
                    Math.round(stats.loc() / parseSeconds), Math.round(stats.loc() / totalSeconds),
                    round(round(parseSeconds) / round(totalSeconds)), peakMb, round(graph.unresolvedCallRatio()),
                    graph.resolvedCalls(), graph.unresolvedCalls());
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

}
