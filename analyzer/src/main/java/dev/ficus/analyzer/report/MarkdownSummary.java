package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes {@code summary.md}: the suggestion in a form to paste into a design review. No
 * timings, so it repeats.
 */
public final class MarkdownSummary {

    private static final int LISTED = 12;

    /**
     * Types per service whose placement is explained, the least attached to their service
     * first.
     */
    static final int WHY_LISTED = 3;

    private MarkdownSummary() {
    }

    public static String render(AnalysisDocument analysis) {
        StringBuilder out = new StringBuilder();
        AnalysisDocument.Stats stats = analysis.stats();
        List<AnalysisDocument.Service> services = analysis.services();
        out.append("# Ficus analysis of `")
            .append(analysis.input().path())
            .append("`\n\n")
            .append(String.format(Locale.ROOT,
                    "%d files, %d lines of code, %d top-level types, %d dependencies;"
                            + " %d files did not parse; %.1f%% of method calls unresolved.\n\n",
                    stats.files(), stats.loc(), stats.types(), stats.edges(), stats.parseErrors(),
                    100 * stats.unresolvedCallRatio()))
            .append("## Suggested services (")
            .append(services.size())
            .append(")\n\n")
            .append("| service | types | lines | entry points | tables | calls in | calls out |\n")
            .append("| --- | ---: | ---: | ---: | --- | ---: | ---: |\n");
        for (AnalysisDocument.Service service : services) {
            AnalysisDocument.ServiceFigures metrics = service.metrics();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d | %d |\n", service.name(),
                    metrics.types(), metrics.loc(), service.entryPoints().size(), String.join(", ", service.tables()),
                    metrics.callsIn(), metrics.callsOut()));
        }
        services.forEach(service -> appendService(out, service, analysis));
        appendKernel(out, analysis);
        appendPlatform(out, analysis);
        appendSharedTables(out, analysis);
        appendMetrics(out, analysis);
        appendDiagnostics(out, analysis.diagnostics());
        return out.toString();
    }

    private static void appendService(StringBuilder out, AnalysisDocument.Service service, AnalysisDocument analysis) {
        out.append("\n### ").append(service.name()).append("\n\n");
        out.append("- Types: ")
            .append(listed(service.types().stream().map(MarkdownSummary::simpleName).toList()))
            .append('\n');
        if (!service.entryPoints().isEmpty()) {
            out.append("- Entry points: ")
                .append(listed(service.entryPoints().stream().map(MarkdownSummary::entryPoint).toList()))
                .append('\n');
        }
        if (!service.tables().isEmpty()) {
            out.append("- Tables: ").append(String.join(", ", service.tables())).append('\n');
        }
        out.append(String.format(Locale.ROOT, "- Cohesion %.2f, coupling %.2f\n", service.metrics().cohesion(),
                service.metrics().coupling()));
        Map<String, AnalysisDocument.TypeInfo> types = analysis.typesByName();
        List<AnalysisDocument.TypeInfo> least = service.types()
            .stream()
            .map(types::get)
            .filter(Objects::nonNull)
            .sorted(Comparator.comparingDouble((AnalysisDocument.TypeInfo type) -> type.evidence().ownGroupShare())
                .thenComparing(AnalysisDocument.TypeInfo::name))
            .limit(WHY_LISTED)
            .toList();
        if (!least.isEmpty()) {
            out.append("- Why its least attached types are here:\n");
            least.forEach(type -> out.append("  - ")
                .append(simpleName(type.name()))
                .append(": ")
                .append(Evidences.why(type))
                .append('\n'));
        }
    }

    private static void appendKernel(StringBuilder out, AnalysisDocument analysis) {
        AnalysisDocument.SharedKernel kernel = analysis.sharedKernel();
        out.append("\n## Shared kernel (").append(kernel.types().size()).append(" types)\n\n");
        if (kernel.types().isEmpty()) {
            out.append("None.\n");
            return;
        }
        out.append(kernel.reason())
            .append("\n\n")
            .append(listed(kernel.types().stream().map(MarkdownSummary::simpleName).toList()))
            .append('\n');
    }

    private static void appendPlatform(StringBuilder out, AnalysisDocument analysis) {
        AnalysisDocument.SharedKernel platform = analysis.platform();
        if (platform.types().isEmpty()) {
            return;
        }
        out.append("\n## Platform (")
            .append(platform.types().size())
            .append(" types)\n\n")
            .append(platform.reason())
            .append("\n\n")
            .append(listed(platform.types().stream().map(MarkdownSummary::simpleName).toList()))
            .append('\n');
    }

    private static void appendSharedTables(StringBuilder out, AnalysisDocument analysis) {
        out.append("\n## Tables used by more than one service\n\n");
        if (analysis.sharedTables().isEmpty()) {
            out.append("None.\n");
            return;
        }
        out.append("| table | services |\n| --- | --- |\n");
        analysis.sharedTables()
            .forEach(shared -> out.append("| ")
                .append(shared.table())
                .append(" | ")
                .append(String.join(", ", shared.services()))
                .append(" |\n"));
    }

    private static void appendMetrics(StringBuilder out, AnalysisDocument analysis) {
        out.append("\n## Metrics\n\n| metric | value | better | meaning |\n| --- | ---: | --- | --- |\n");
        for (Metric metric : Metric.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %.4f | %s | %s |\n", metric.title(),
                    metric.valueOf(analysis.metrics()), metric.better(), metric.meaning()));
        }
        out.append("\nDefinitions: docs/analyzer-metrics.md. Shared-kernel types are left out of every metric.\n");
    }

    private static void appendDiagnostics(StringBuilder out, List<AnalysisDocument.DiagnosticInfo> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity().equals("error")).count();
        out.append("\n## Diagnostics\n\n")
            .append(errors)
            .append(" errors, ")
            .append(diagnostics.size() - errors)
            .append(" warnings.\n");
        diagnostics.stream()
            .limit(LISTED)
            .forEach(d -> out.append("- `")
                .append(d.file())
                .append(':')
                .append(d.line())
                .append("` ")
                .append(d.severity())
                .append(": ")
                .append(d.message())
                .append('\n'));
        if (diagnostics.size() > LISTED) {
            out.append("- … and ").append(diagnostics.size() - LISTED).append(" more in analysis.json\n");
        }
    }

    private static String entryPoint(AnalysisDocument.EntryPointInfo entryPoint) {
        return "`" + entryPoint.detail() + "` (" + simpleName(entryPoint.type()) + ")";
    }

    private static String listed(List<String> items) {
        String shown = items.stream().limit(LISTED).collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " … and " + (items.size() - LISTED) + " more" : shown;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

}
