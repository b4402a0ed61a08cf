package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The files an analysis can write, by the name used in {@code --format}. */
public enum ReportFormat {

    JSON("json", "analysis.json", AnalysisDocuments::toJson), HTML("html", "report.html", HtmlReport::render),
    MD("md", "summary.md", MarkdownSummary::render), DOT("dot", "graph.dot", DotGraph::render);

    private final String key;

    private final String fileName;

    private final Function<AnalysisDocument, String> renderer;

    ReportFormat(String key, String fileName, Function<AnalysisDocument, String> renderer) {
        this.key = key;
        this.fileName = fileName;
        this.renderer = renderer;
    }

    public String fileName() {
        return fileName;
    }

    public String render(AnalysisDocument document) {
        return renderer.apply(document);
    }

    /**
     * The format named {@code json}, {@code html}, {@code md} or {@code dot} (any case).
     */
    public static ReportFormat named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(format -> format.key.equals(wanted))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "', expected one of "
                    + Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", "))));
    }

}
