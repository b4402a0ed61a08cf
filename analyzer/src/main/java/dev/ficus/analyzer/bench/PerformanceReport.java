package dev.ficus.analyzer.bench;

import dev.ficus.analyzer.bench.AnalyzerBenchmark.Result;
import dev.ficus.analyzer.bench.AnalyzerBenchmark.Row;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders a benchmark {@link Result} as the committed Markdown table and JSON document. */
final class PerformanceReport {

    private PerformanceReport() {
    }

    static Map<String, Object> json(Result result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", "analyzer-front");
        document.put("measuredAt", Instant.now().toString());
        document.put("environment", environment(result));
        document.put("targets", Map.of("ratioToParseOnlyAtLeast", AnalyzerBenchmark.RATIO_TARGET,
                "largeCodebaseLoc", AnalyzerBenchmark.LARGE_LOC,
                "largeCodebaseSecondsUnder", AnalyzerBenchmark.LARGE_SECONDS_TARGET));
        document.put("meetsTargets", result.meetsTargets());
        document.put("codebases", result.rows());
        return document;
    }

    static String markdown(Result result) {
        StringBuilder text = new StringBuilder();
        text.append("# Analyzer performance\n\n")
                .append("The whole of `ficus analyze` (`Analyzer.analyze` and `ReportWriter.write`: reading, parsing, symbol resolution, the ")
                .append("graph, clustering, metrics and writing analysis.json, report.html, summary.md and graph.dot) ")
                .append("against JavaParser parsing alone, on the same files in the same JVM run. ")
                .append("Produced by `dev.ficus.analyzer.bench.AnalyzerBenchmark` (`./ficus bench-analyzer`).\n\n")
                .append("| codebase | files | LOC | types | edges | parse-only s | analysis s | parse-only CPU s ")
                .append("| analysis CPU s | parse-only LOC/s | analysis LOC/s | ratio to parse-only | peak heap MB ")
                .append("| unresolved calls |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: ")
                .append("| ---: |\n");
        for (Row row : result.rows()) {
            text.append(String.format(Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %.2f | %,d | %.1f %% |%n",
                    row.codebase(), row.files(), row.loc(), row.types(), row.edges(), row.parseOnlySeconds(),
                    row.totalSeconds(), row.parseOnlyCpuSeconds(), row.totalCpuSeconds(),
                    Math.round(row.parseOnlyLocPerSecond()), Math.round(row.locPerSecond()),
                    row.ratioToParseOnly(), row.peakHeapMb(), row.unresolvedRatio() * 100));
        }
        text.append(String.format(Locale.ROOT, "%nTargets: analysis throughput at least %.2f of parse-only; "
                        + "a codebase of %,d LOC or more analysed in under %.0f s. Met: **%s**.%n",
                AnalyzerBenchmark.RATIO_TARGET, AnalyzerBenchmark.LARGE_LOC, AnalyzerBenchmark.LARGE_SECONDS_TARGET,
                result.meetsTargets() ? "yes" : "no"));
        text.append(String.format(Locale.ROOT, "%nEnvironment: %s, %d threads, max heap %,d MB, "
                        + "%d available processors, system load average %.1f before and %.1f after the run.%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), result.threads(),
                result.maxHeapMb(), Runtime.getRuntime().availableProcessors(), result.loadAverageBefore(),
                result.loadAverageAfter()));
        text.append("\nLOC counts non-blank lines that are not only comment. Both paths first run once on the ")
                .append("smallest codebase to warm the JIT; then, per codebase, parse-only and right after it the ")
                .append("analysis are timed on the same files. Unresolved calls are ")
                .append("calls neither the declaration index nor the symbol solver could resolve (their library is ")
                .append("not on the classpath); they are counted, never fatal. A call of a method name that no ")
                .append("analysed type declares is settled as a library call without the solver. ")
                .append("A load average above the processor ")
                .append("count means other builds shared the machine: wall seconds are then longer than on an idle ")
                .append("machine, while CPU seconds (process CPU time, all threads) and the ratio to parse-only, ")
                .append("measured in the same run, are more stable. On an idle machine the analysis takes about its ")
                .append("CPU seconds divided by the threads.\n");
        return text.toString();
    }

    private static Map<String, Object> environment(Result result) {
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        environment.put("threads", result.threads());
        environment.put("maxHeapMb", result.maxHeapMb());
        environment.put("loadAverageBefore", result.loadAverageBefore());
        environment.put("loadAverageAfter", result.loadAverageAfter());
        return environment;
    }
}
