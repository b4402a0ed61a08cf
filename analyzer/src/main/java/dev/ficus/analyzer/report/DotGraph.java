package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code graph.dot}: the type dependency graph for Graphviz, one cluster per
 * candidate service and one for the shared kernel, edges labelled with their weight.
 * <p>
 * {@code newrank=true} ranks all nodes in one pass: with clusters and edges between them,
 * the classic ranking of Graphviz 2.43 (Debian's and Ubuntu's stock {@code dot}) fails
 * with {@code trouble in init_rank} on graphs as small as the sample's.
 */
public final class DotGraph {

    private DotGraph() {
    }

    public static String render(AnalysisDocument document) {
        StringBuilder out = new StringBuilder(
                "digraph ficus {\n  newrank=true;\n  rankdir=LR;\n" + "  node [shape=box, fontsize=10];\n");
        int index = 0;
        for (AnalysisDocument.Service service : document.services()) {
            cluster(out, index++, service.name(), service.types(), "solid");
        }
        List<String> kernel = document.sharedKernel().types();
        if (!kernel.isEmpty()) {
            cluster(out, index++, AnalysisDocument.SHARED_KERNEL, kernel, "dashed");
        }
        List<String> platform = document.platform().types();
        if (!platform.isEmpty()) {
            cluster(out, index, AnalysisDocument.PLATFORM, platform, "dotted");
        }
        document.dependencies()
            .forEach(dependency -> out.append("  ")
                .append(quoted(dependency.source()))
                .append(" -> ")
                .append(quoted(dependency.target()))
                .append(String.format(Locale.ROOT, " [label=\"%.1f\"];\n", dependency.weight())));
        return out.append("}\n").toString();
    }

    private static void cluster(StringBuilder out, int index, String label, List<String> types, String style) {
        out.append("  subgraph cluster_")
            .append(index)
            .append(" {\n    label=")
            .append(quoted(label))
            .append(";\n    style=")
            .append(style)
            .append(";\n");
        types.forEach(type -> out.append("    ")
            .append(quoted(type))
            .append(" [label=")
            .append(quoted(type.substring(type.lastIndexOf('.') + 1)))
            .append("];\n"));
        out.append("  }\n");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

}
