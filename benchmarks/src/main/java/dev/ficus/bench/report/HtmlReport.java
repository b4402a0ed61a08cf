package dev.ficus.bench.report;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import com.samskivert.mustache.Template;

import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the self-contained {@code report.html} from the {@code report.html} template:
 * the text and tables of {@code summary.md} (converted by CommonMark) and the charts,
 * which the page's script draws as SVG from the figures embedded as JSON (latency against
 * rate per topology, CPU and peak RSS per process, start-up time).
 */
public final class HtmlReport {

    private static final Template TEMPLATE = ReportTemplate.html("report.html");

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtmlReport() {
    }

    public static String render(BenchmarkReport report) {
        return render(report, List.of());
    }

    /** The page, its text from the summary with the claims' findings. */
    public static String render(BenchmarkReport report, List<ClaimVerdict> claims) {
        String summary = HTML.render(MARKDOWN.parse(MarkdownSummary.render(report, claims)));
        String charts = JSON.writeValueAsString(Charts.of(report))
            // keeps "</script>" and friends inside JSON strings from ending the script
            // element
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026");
        return TEMPLATE.execute(new Page(summary, charts));
    }

    /** The template's two holes: the summary as HTML and the charts' figures as JSON. */
    record Page(String summaryHtml, String chartsJson) {
    }

}
