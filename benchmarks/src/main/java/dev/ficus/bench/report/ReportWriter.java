package dev.ficus.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code results.json}, {@code summary.md} and {@code report.html} side by side into one directory.
 */
public final class ReportWriter {

	public static final String RESULTS_JSON = "results.json";

	public static final String SUMMARY_MD = "summary.md";

	public static final String REPORT_HTML = "report.html";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ReportWriter() {
	}

	/** Writes the three files and returns their paths. */
	public static List<Path> write(BenchmarkReport report, Path directory) {
		try {
			Files.createDirectories(directory);
			Path json = directory.resolve(RESULTS_JSON);
			Path md = directory.resolve(SUMMARY_MD);
			Path html = directory.resolve(REPORT_HTML);
			Files.writeString(json, JSON.writeValueAsString(report) + "\n");
			Files.writeString(md, MarkdownSummary.render(report));
			Files.writeString(html, HtmlReport.render(report));
			return List.of(json, md, html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the report to " + directory, ex);
		}
	}
}
