package dev.ficus.maven;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The analyzer calls of {@code ficus:check}: the code's types and their compile-time
 * dependencies.
 */
final class CheckGoal {

    /**
     * Shared tables and events are coupling through data, not code crossing a boundary.
     */
    private static final Map<EdgeKind, String> CODE_KINDS = Map.of(EdgeKind.CALL, "call", EdgeKind.INSTANTIATION, "new",
            EdgeKind.INHERITANCE, "extends", EdgeKind.TYPE_REFERENCE, "type");

    /**
     * The code as the check sees it.
     *
     * @param types every top-level type, sorted
     * @param dependencies their dependencies in code
     */
    record Code(Set<String> types, List<CodeDependency> dependencies) {
    }

    private CheckGoal() {
    }

    static Code read(ProjectSources sources, Progress progress) throws MojoFailureException {
        try {
            ParsedSources parsed = SourceReader.read(AnalyzeGoal.request(sources), progress);
            CodeGraph graph = GraphBuilder.build(parsed, EdgeWeights.defaults(), progress);
            List<CodeDependency> dependencies = graph.graph()
                .edgeSet()
                .stream()
                .map(CheckGoal::dependency)
                .filter(dependency -> !dependency.kinds().isEmpty())
                .toList();
            return new Code(new TreeSet<>(graph.types().keySet()), dependencies);
        }
        catch (InvalidInputException e) {
            throw new MojoFailureException("ficus: " + e.getMessage());
        }
    }

    private static CodeDependency dependency(Dependency dependency) {
        TreeSet<String> kinds = new TreeSet<>();
        CODE_KINDS.forEach((kind, name) -> {
            if (dependency.count(kind) > 0) {
                kinds.add(name);
            }
        });
        return new CodeDependency(dependency.source(), dependency.target(), kinds,
                dependency.locations().stream().map(SourceLocation::toString).toList());
    }

}
