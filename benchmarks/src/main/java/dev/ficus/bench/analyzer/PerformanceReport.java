package dev.ficus.bench.analyzer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.samskivert.mustache.Template;

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
     * @param settings the analysis' threads and the JVM's maximum heap
     * @param targets the targets the rows are judged against
     * @param meetsTargets whether every row meets them
     * @param codebases one row per codebase
     */
    public record Document(String benchmark, String measuredAt, Provenance provenance, Settings settings,
            Targets targets, boolean meetsTargets, List<Row> codebases) {
    }

    public record Settings(int threads, long maxHeapMb) {
    }

    public record Targets(double ratioToParseOnlyAtLeast, long largeCodebaseLoc, double largeCodebaseSecondsUnder) {
    }

    static Document document(Result result, Instant measuredAt) {
        return new Document(BENCHMARK, measuredAt.toString(), result.provenance(),
                new Settings(result.threads(), result.maxHeapMb()), new Targets(AnalyzerBenchmark.RATIO_TARGET,
                        AnalyzerBenchmark.LARGE_LOC, AnalyzerBenchmark.LARGE_SECONDS_TARGET),
                result.meetsTargets(), result.rows());
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
        Provenance.Machine machine = (provenance == null) ? null : provenance.machine();
        return TEMPLATE.execute(new View(document.codebases().stream().map(PerformanceReport::row).toList(),
                format("%.2f", document.targets().ratioToParseOnlyAtLeast()),
                format("%,d", document.targets().largeCodebaseLoc()),
                format("%.0f", document.targets().largeCodebaseSecondsUnder()), document.meetsTargets() ? "yes" : "no",
                document.settings().threads(), format("%,d", document.settings().maxHeapMb()),
                ProvenanceMarkdown.render(provenance), provenance != null && provenance.busy(),
                (machine == null || machine.cores() == null) ? "?" : machine.cores().toString(),
                provenance != null && (provenance.loadBefore() != null || provenance.loadAfter() != null)));
    }

    record View(List<RowView> rows, String ratioTarget, String largeLoc, String largeSeconds, String met, int threads,
            String maxHeapMb, String provenance, boolean busy, String cores, boolean loadKnown) {
    }

    /** One table row, every cell formatted. */
    record RowView(String codebase, String files, String loc, String types, String edges, String parseOnlySeconds,
            String totalSeconds, String parseOnlyCpuSeconds, String totalCpuSeconds, String parseOnlyLocPerSecond,
            String locPerSecond, String ratio, String peakHeapMb, String unresolved) {
    }

    private static RowView row(Row row) {
        return new RowView(row.codebase(), format("%,d", row.files()), format("%,d", row.loc()),
                format("%,d", row.types()), format("%,d", row.edges()), format("%.1f", row.parseOnlySeconds()),
                format("%.1f", row.totalSeconds()), format("%.1f", row.parseOnlyCpuSeconds()),
                format("%.1f", row.totalCpuSeconds()), format("%,d", Math.round(row.parseOnlyLocPerSecond())),
                format("%,d", Math.round(row.locPerSecond())), format("%.2f", row.ratioToParseOnly()),
                format("%,d", row.peakHeapMb()), format("%.1f %%", row.unresolvedRatio() * 100));
    }

    private static String format(String pattern, Object value) {
        return String.format(Locale.ROOT, pattern, value);
    }

}
