package dev.ficus.bench.change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocument.DependencyInfo;
import dev.ficus.analyzer.document.AnalysisDocument.TypeInfo;

/**
 * How far a change to one candidate's classes reaches, read from the analysis: a type
 * that another candidate's types depend on is part of what they call, so changing it may
 * change them; a type nobody outside depends on changes alone.
 *
 * @param candidate the candidate service
 * @param types its types
 * @param loc their lines of code
 * @param usedTypes its types that another candidate depends on
 * @param dependents the other candidates with a dependency on one of its types, sorted
 * @param meanReach other candidates a change to one of its types reaches, on average over
 * its types
 * @param candidates the number of candidates of the analysis, all in one deployable in
 * the monolith
 */
public record ChangeReach(String candidate, int types, int loc, int usedTypes, List<String> dependents,
        double meanReach, int candidates) {

    public ChangeReach {
        dependents = List.copyOf(dependents);
    }

    /** Share of the candidate's types a change to which reaches no other candidate. */
    public double localShare() {
        return (types == 0) ? 0 : (double) (types - usedTypes) / types;
    }

    /** One row per candidate of {@code analysis}, in its order. */
    public static List<ChangeReach> of(AnalysisDocument analysis) {
        Map<String, TypeInfo> typesByName = new HashMap<>();
        analysis.types().forEach(type -> typesByName.put(type.name(), type));
        Set<String> candidates = new TreeSet<>();
        analysis.services().forEach(service -> candidates.add(service.name()));
        Map<String, Set<String>> dependentsByType = new HashMap<>();
        for (DependencyInfo edge : analysis.dependencies()) {
            String from = group(typesByName, edge.source());
            String to = group(typesByName, edge.target());
            if (!from.equals(to) && candidates.contains(from) && candidates.contains(to)) {
                dependentsByType.computeIfAbsent(edge.target(), type -> new TreeSet<>()).add(from);
            }
        }
        return analysis.services()
            .stream()
            .map(service -> row(service, typesByName, dependentsByType, candidates.size()))
            .toList();
    }

    private static ChangeReach row(AnalysisDocument.Service service, Map<String, TypeInfo> typesByName,
            Map<String, Set<String>> dependentsByType, int candidates) {
        Set<String> dependents = new TreeSet<>();
        int used = 0;
        int loc = 0;
        long reached = 0;
        for (String type : service.types()) {
            Set<String> reaching = dependentsByType.getOrDefault(type, Set.of());
            used += reaching.isEmpty() ? 0 : 1;
            reached += reaching.size();
            dependents.addAll(reaching);
            TypeInfo info = typesByName.get(type);
            loc += (info == null) ? 0 : info.loc();
        }
        int types = service.types().size();
        return new ChangeReach(service.name(), types, loc, used, List.copyOf(dependents),
                (types == 0) ? 0 : (double) reached / types, candidates);
    }

    private static String group(Map<String, TypeInfo> typesByName, String type) {
        TypeInfo info = typesByName.get(type);
        return (info == null) ? "" : info.group();
    }

}
