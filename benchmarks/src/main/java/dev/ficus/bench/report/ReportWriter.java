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
 * Writes {@code results.json}, {@code summary.md} and {@code report.html} side by side into one directory.
 */
public final class ReportWriter {

	public static final String RESULTS_JSON = "results.json";

	public static final String SUMMARY_MD = "summary.md";

	public static final String REPORT_HTML = "report.html";

	// Derived accessors (e.g. Spread.isEmpty) are written too; reading ignores them.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ReportWriter() {
	}

	/** Writes the three files and returns their paths. */
	public static List<Path> write(BenchmarkReport report, Path directory) {
		try {
			Files.createDirectories(directory);
			Path json = directory.resolve(RESULTS_JSON);
			Files.writeString(json, JSON.writeValueAsString(report) + "\n");
			return List.of(json, md(report, directory), html(report, directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the report to " + directory, ex);
		}
	}

	/**
	 * Writes {@code summary.md} and {@code report.html} again from a {@code results.json} in {@code directory},
	 * leaving the measurements untouched: how a change to the rendering reaches a committed run.
	 */
	public static List<Path> render(Path directory) {
		Path json = directory.resolve(RESULTS_JSON);
		try {
			BenchmarkReport report = JSON.readValue(Files.readString(json), BenchmarkReport.class);
			return List.of(md(report, directory), html(report, directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + json, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(json + " is not a benchmark results file: " + ex.getOriginalMessage(), ex);
		}
	}

	private static Path md(BenchmarkReport report, Path directory) throws IOException {
		return Files.writeString(directory.resolve(SUMMARY_MD), MarkdownSummary.render(report));
	}

	private static Path html(BenchmarkReport report, Path directory) throws IOException {
		return Files.writeString(directory.resolve(REPORT_HTML), HtmlReport.render(report));
	}
}
