package dev.ficus.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * Loads the report's Mustache templates from this package's resources.
 */
final class ReportTemplate {

	private ReportTemplate() {
	}

	/** A Markdown template: values go in as they are, since Markdown has no HTML escaping. */
	static Template markdown(String name) {
		return load(name, Mustache.compiler().escapeHTML(false).strictSections(true));
	}

	/** An HTML template: {@code {{value}}} is HTML-escaped, {@code {{{value}}}} goes in as it is. */
	static Template html(String name) {
		return load(name, Mustache.compiler().strictSections(true));
	}

	private static Template load(String name, Mustache.Compiler compiler) {
		try (InputStream in = ReportTemplate.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " template missing from the classpath");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				return compiler.compile(reader);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
