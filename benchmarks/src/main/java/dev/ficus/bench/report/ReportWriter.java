package dev.ficus.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code results.json}, {@code summary.md} and {@code report.html} side by side
 * into one directory.
 */
public final class ReportWriter {

    public static final String RESULTS_JSON = "results.json";

    public static final String SUMMARY_MD = "summary.md";

    public static final String REPORT_HTML = "report.html";

    // Derived accessors (e.g. Spread.isEmpty) are written too; reading ignores them. A
    // figure a run from before did not record reads as 0 (BenchmarkReport.answersChecked
    // tells the wrong answers apart).
    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    private ReportWriter() {
    }

    /** Writes the three files and returns their paths. */
    public static List<Path> write(BenchmarkReport report, Path directory) {
        return write(report, directory, List.of());
    }

    /**
     * Writes the three files, the claims' findings in the summary's "When it pays", and
     * returns their paths.
     */
    public static List<Path> write(BenchmarkReport report, Path directory, List<ClaimVerdict> claims) {
        try {
            String summary = MarkdownSummary.render(report, claims);
            String page = HtmlReport.render(report, claims);
            return List.of(ReportFiles.write(directory.resolve(RESULTS_JSON), JSON.writeValueAsString(report) + "\n"),
                    ReportFiles.write(directory.resolve(SUMMARY_MD), summary),
                    ReportFiles.write(directory.resolve(REPORT_HTML), page));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot write the report to " + directory, ex);
        }
    }

    /**
     * Writes {@code summary.md} and {@code report.html} again from a {@code results.json}
     * in {@code directory}, leaving the measurements untouched: how a change to the
     * rendering reaches a committed run.
     */
    public static List<Path> render(Path directory) {
        return render(directory, List.of());
    }

    /** As {@link #render(Path)}, the claims' findings in the summary's "When it pays". */
    public static List<Path> render(Path directory, List<ClaimVerdict> claims) {
        Path json = directory.resolve(RESULTS_JSON);
        try {
            BenchmarkReport report = JSON.readValue(Files.readString(json), BenchmarkReport.class);
            if (report.startedAt() == null || report.finishedAt() == null || report.machine() == null
                    || report.plan() == null) {
                throw new IllegalArgumentException(
                        json + " is not a benchmark results file: it names no start, " + "finish, machine or plan");
            }
            String summary = MarkdownSummary.render(report, claims);
            String page = HtmlReport.render(report, claims);
            return List.of(ReportFiles.write(directory.resolve(SUMMARY_MD), summary),
                    ReportFiles.write(directory.resolve(REPORT_HTML), page));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + json, ex);
        }
        catch (JacksonException ex) {
            throw new IllegalArgumentException(json + " is not a benchmark results file: " + ex.getOriginalMessage(),
                    ex);
        }
    }

}
