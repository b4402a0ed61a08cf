package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code report.html}: one self-contained offline page (Cytoscape.js, script and
 * styles inline, no network) with the candidate services as a navigable graph of compound
 * nodes holding their types, the evidence for each type, a side-by-side view against the
 * package structure, the metrics, the shared kernel, shared tables and diagnostics.
 */
public final class HtmlReport {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String TEMPLATE = resource("report.html");

    private static final String SCRIPT = resource("report.js");

    private HtmlReport() {
    }

    public static String render(AnalysisDocument document) {
        String json = MAPPER.writeValueAsString(ReportPage.of(document))
            // keeps "</script>" and friends inside JSON strings from ending the script
            // element
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026");
        String[] parts = TEMPLATE.split("\\{\\{(?:TITLE|LIBRARIES|DATA|SCRIPT)}}", -1);
        if (parts.length != 5) {
            throw new IllegalStateException(
                    "report.html must hold {{TITLE}}, {{LIBRARIES}}, {{DATA}} and {{SCRIPT}} once each, in that order");
        }
        return parts[0] + escape(document.input().path()) + parts[1] + ReportScripts.inlined() + parts[2] + json
                + parts[3] + SCRIPT + parts[4];
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
