package dev.ficus.bench.analyzer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.samskivert.mustache.Template;
import org.jspecify.annotations.Nullable;

import dev.ficus.bench.analyzer.AnalyzerBenchmark.Result;
import dev.ficus.bench.analyzer.AnalyzerBenchmark.Row;
import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.ProvenanceMarkdown;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.report.ReportTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code analyzer-performance.json} document and its Markdown rendering
 * from the {@code analyzer-performance.md} template; the Markdown can be rendered again
 * from the JSON alone.
 */
public final class PerformanceReport {

    public static final String JSON_FILE = "analyzer-performance.json";

    public static final String MARKDOWN_FILE = "analyzer-performance.md";

    /**
     * It times the whole pipeline of {@code ficus analyze}, not only its front (parsing
     * and resolving).
     */
    static final String BENCHMARK = "analyzer-pipeline";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final Template TEMPLATE = ReportTemplate.markdown(PerformanceReport.class, MARKDOWN_FILE);

    private PerformanceReport() {
    }

    /**
     * {@code analyzer-performance.json}.
     *
     * @param benchmark what was timed
     * @param measuredAt when the last codebase was measured
     * @param provenance the command line, commit, machine and load average before and
     * after
     * @param settings the parse-only threads and the child JVM's options
     * @param targets the targets the rows are judged against
     * @param meetsRatio whether every row's analysis reaches the ratio target to bare
     * parse-only, on CPU time
     * @param meetsMemory whether every large codebase's peak RSS is within the target
     * @param codebases one row per codebase
     */
    public record Document(String benchmark, String measuredAt, Provenance provenance, Settings settings,
            Targets targets, boolean meetsRatio, boolean meetsMemory, List<Row> codebases) {
    }

    /**
     * @param jvmOptions the child JVM's options, as the release launcher gives them
     */
    public record Settings(int threads, List<String> jvmOptions) {
    }

    public record Targets(double cpuRatioToBareAtLeast, long peakRssMbAtMost, long largeCodebaseLoc) {
    }

    static Document document(Result result, Instant measuredAt) {
        return new Document(BENCHMARK, measuredAt.toString(), result.provenance(),
                new Settings(result.threads(), result.jvmOptions()), new Targets(AnalyzerBenchmark.RATIO_TARGET,
                        AnalyzerBenchmark.PEAK_RSS_TARGET_MB, AnalyzerBenchmark.LARGE_LOC),
                result.meetsRatio(), result.meetsMemory(), result.rows());
    }

    /** Writes the JSON and the Markdown into {@code directory} and returns both paths. */
    static List<Path> write(Document document, Path directory) {
        return ReportFiles.writeJsonAndMarkdown(JSON, document, directory, JSON_FILE, MARKDOWN_FILE,
                PerformanceReport::markdown);
    }

    /**
     * Writes {@code analyzer-performance.md} again from the
     * {@code analyzer-performance.json} in {@code directory}.
     */
    public static Path render(Path directory) {
        Path json = directory.resolve(JSON_FILE);
        return ReportFiles.renderMarkdown(JSON, Document.class, directory, JSON_FILE, MARKDOWN_FILE,
                "an analyzer benchmark results file", document -> {
                    if (!BENCHMARK.equals(document.benchmark())) {
                        throw new IllegalArgumentException(json + " is not an analyzer benchmark of the whole "
                                + "pipeline: its benchmark is " + document.benchmark());
                    }
                    if (document.settings() == null || document.targets() == null || document.codebases() == null) {
                        throw new IllegalArgumentException(json + " is not an analyzer benchmark results file: it "
                                + "has no settings, targets or codebases");
                    }
                    return markdown(document);
                });
    }

    static String markdown(Document document) {
        Provenance provenance = document.provenance();
        Provenance.@Nullable Machine machine = (provenance == null) ? null : provenance.machine();
        return TEMPLATE.execute(new View(document.codebases().stream().map(PerformanceReport::row).toList(),
                format("%.2f", document.targets().cpuRatioToBareAtLeast()),
                format("%,d", document.targets().peakRssMbAtMost()),
                format("%,d", document.targets().largeCodebaseLoc()), document.meetsRatio() ? "yes" : "no",
                document.meetsMemory() ? "yes" : "no", document.settings().threads(),
                String.join(" ", document.settings().jvmOptions()), ProvenanceMarkdown.render(provenance),
                provenance != null && provenance.busy(),
                (machine == null || machine.cores() == null) ? "?" : String.valueOf(machine.cores()),
                provenance != null && provenance.loadBeforeKnown()));
    }

    record View(List<RowView> rows, String ratioTarget, String rssTarget, String largeLoc, String ratioMet,
            String memoryMet, int threads, String jvmOptions, String provenance, boolean busy, String cores,
            boolean loadKnown) {
    }

    /** One table row, every cell formatted. */
    record RowView(String codebase, String files, String loc, String types, String edges, String bareSeconds,
            String bareCpuSeconds, String analyzerParseSeconds, String analyzerParseCpuSeconds, String analysisSeconds,
            String analysisCpuSeconds, String cpuMsPerKloc, String peakRssMb, String cpuRatioToBare,
            String cpuRatioToAnalyzerParse, String ratioToBare, String ratioToAnalyzerParse, String unresolved) {
    }

    private static RowView row(Row row) {
        return new RowView(row.codebase(), format("%,d", row.files()), format("%,d", row.loc()),
                format("%,d", row.types()), format("%,d", row.edges()), format("%.1f", row.bareParseSeconds()),
                format("%.1f", row.bareParseCpuSeconds()), format("%.1f", row.analyzerParseSeconds()),
                format("%.1f", row.analyzerParseCpuSeconds()), format("%.1f", row.analysisSeconds()),
                format("%.1f", row.analysisCpuSeconds()), format("%,.0f", row.analysisCpuMsPerKloc()),
                format("%,d", row.peakRssMb()), format("%.2f", row.cpuRatioToBare()),
                format("%.2f", row.cpuRatioToAnalyzerParse()), format("%.2f", row.ratioToBare()),
                format("%.2f", row.ratioToAnalyzerParse()), format("%.1f %%", row.unresolvedRatio() * 100));
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }

}
