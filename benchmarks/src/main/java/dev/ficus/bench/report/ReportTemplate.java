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
 * Loads the benchmarks' Mustache templates from the resources beside a class: one way to
 * render every report.
 */
public final class ReportTemplate {

    private ReportTemplate() {
    }

    /**
     * A Markdown template of this package: values go in as they are, since Markdown has
     * no HTML escaping.
     */
    static Template markdown(String name) {
        return markdown(ReportTemplate.class, name);
    }

    /** A Markdown template beside {@code anchor}. */
    public static Template markdown(Class<?> anchor, String name) {
        return load(anchor, name, Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).strictSections(true));
    }

    /**
     * An HTML template: {@code {{value}}} is HTML-escaped, {@code {{{value}}}} goes in as
     * it is.
     */
    static Template html(String name) {
        return html(ReportTemplate.class, name);
    }

    /** An HTML template beside {@code anchor}. */
    public static Template html(Class<?> anchor, String name) {
        return load(anchor, name, Mustache.compiler().emptyStringIsFalse(true).strictSections(true));
    }

    private static Template load(Class<?> anchor, String name, Mustache.Compiler compiler) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
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
