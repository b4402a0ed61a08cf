package dev.ficus.analyzer;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Why each type sits where the decomposition put it: the share of its dependency weight
 * that stays in its group, its heaviest neighbours, the tables it touches and the entry
 * points it declares.
 */
final class TypeEvidence {

    /** Neighbours listed per type, heaviest first. */
    static final int MAX_NEIGHBOURS = 5;

    private final CodeGraph graph;

    private final Groups groups;

    TypeEvidence(CodeGraph graph, Groups groups) {
        this.graph = graph;
        this.groups = groups;
    }

    /** Every type of the graph with its group and evidence, sorted by name. */
    List<AnalysisDocument.TypeInfo> types() {
        SortedMap<String, SortedSet<String>> tables = graph.tablesByType();
        Map<String, List<EntryPoint>> entryPoints = graph.entryPointsByType();
        return graph.types()
            .values()
            .stream()
            .map(type -> new AnalysisDocument.TypeInfo(type.name(), type.file(), DocumentBuilder.kindName(type.kind()),
                    type.loc(), groups.of(type.name()),
                    evidence(type, tables.getOrDefault(type.name(), new TreeSet<>()),
                            entryPoints.getOrDefault(type.name(), List.of()))))
            .toList();
    }

    private AnalysisDocument.Evidence evidence(TypeNode type, SortedSet<String> tables, List<EntryPoint> entryPoints) {
        Map<String, Double> weights = new TreeMap<>();
        for (Dependency out : graph.graph().outgoingEdgesOf(type.name())) {
            weights.merge(out.target(), graph.weight(out), Double::sum);
        }
        for (Dependency in : graph.graph().incomingEdgesOf(type.name())) {
            weights.merge(in.source(), graph.weight(in), Double::sum);
        }
        String group = groups.of(type.name());
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double own = weights.entrySet()
            .stream()
            .filter(e -> groups.of(e.getKey()).equals(group))
            .mapToDouble(Map.Entry::getValue)
            .sum();
        List<AnalysisDocument.Neighbour> neighbours = weights.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_NEIGHBOURS)
            .map(e -> new AnalysisDocument.Neighbour(e.getKey(), groups.of(e.getKey()),
                    DocumentBuilder.round(e.getValue())))
            .toList();
        List<String> declared = entryPoints.stream()
            .sorted()
            .map(entryPoint -> DocumentBuilder.kindName(entryPoint.kind()) + " " + entryPoint.detail())
            .distinct()
            .toList();
        return new AnalysisDocument.Evidence(DocumentBuilder.round(total == 0 ? 0 : own / total), neighbours,
                List.copyOf(tables), declared);
    }

}
