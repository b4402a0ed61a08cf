package dev.ficus.analyzer.report;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.graph.Dependency;
import java.util.Comparator;
import java.util.Locale;
import java.util.SortedSet;

/**
 * Writes {@code graph.dot}: the type dependency graph for Graphviz, one cluster per candidate service and one for
 * the shared kernel, edges labelled with their weight.
 */
public final class DotGraph {

    private DotGraph() {
    }

    public static String render(Analysis analysis) {
        StringBuilder out = new StringBuilder("digraph ficus {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
        int index = 0;
        for (CandidateService service : analysis.decomposition().services()) {
            cluster(out, index++, service.name(), service.types(), "solid");
        }
        SortedSet<String> kernel = analysis.decomposition().sharedKernel().types();
        if (!kernel.isEmpty()) {
            cluster(out, index, "shared kernel", kernel, "dashed");
        }
        analysis.graph().graph().edgeSet().stream()
                .sorted(Comparator.comparing(Dependency::source).thenComparing(Dependency::target))
                .forEach(dependency -> out.append("  ").append(quoted(dependency.source())).append(" -> ")
                        .append(quoted(dependency.target()))
                        .append(String.format(Locale.ROOT, " [label=\"%.1f\"];\n", analysis.graph().weight(dependency))));
        return out.append("}\n").toString();
    }

    private static void cluster(StringBuilder out, int index, String label, SortedSet<String> types, String style) {
        out.append("  subgraph cluster_").append(index).append(" {\n    label=").append(quoted(label))
                .append(";\n    style=").append(style).append(";\n");
        types.forEach(type -> out.append("    ").append(quoted(type)).append(" [label=")
                .append(quoted(type.substring(type.lastIndexOf('.') + 1))).append("];\n"));
        out.append("  }\n");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
