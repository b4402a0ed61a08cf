package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * Views of a {@link CodeGraph} restricted to some of its types, as the clustering and the
 * metrics need them.
 * <p>
 * The clustering weight of a dependency damps repetition: each kind counts
 * {@code weight(kind) · (1 + ln n)} for n occurrences, so ten calls weigh about three
 * times one call, not ten times. Calls into a record or an enum count as type references:
 * reading a value's accessors says where the value travels, not who owns it.
 * Instantiations count {@link #CREATION_FACTOR} times and type references from an
 * interface (its method signatures) {@link #SIGNATURE_FACTOR} times: who creates a value
 * and which interface speaks in it say who owns it (an event belongs to its publisher, a
 * request type to the interface that accepts it).
 */
final class ClassGraphs {

    /** Creating a type ({@code new T(...)}) says more about who owns it than using it. */
    static final double CREATION_FACTOR = 2;

    /**
     * A type named in an interface's signatures is that interface's vocabulary, whoever
     * else uses it.
     */
    static final double SIGNATURE_FACTOR = 6;

    private ClassGraphs() {
    }

    /** The damped weight the clustering and modularity use for one dependency. */
    static double weight(CodeGraph code, Dependency dependency) {
        Map<EdgeKind, Integer> counts = new EnumMap<>(EdgeKind.class);
        counts.putAll(dependency.counts());
        TypeNode target = code.types().get(dependency.target());
        boolean value = target != null
                && (target.kind() == TypeNode.Kind.RECORD || target.kind() == TypeNode.Kind.ENUM);
        if (value && counts.containsKey(EdgeKind.CALL)) {
            counts.merge(EdgeKind.TYPE_REFERENCE, counts.remove(EdgeKind.CALL), Integer::sum);
        }
        TypeNode source = code.types().get(dependency.source());
        boolean signature = source != null && source.kind() == TypeNode.Kind.INTERFACE;
        double sum = 0;
        for (Map.Entry<EdgeKind, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > 0) {
                double factor = entry.getKey() == EdgeKind.INSTANTIATION ? CREATION_FACTOR
                        : signature && entry.getKey() == EdgeKind.TYPE_REFERENCE ? SIGNATURE_FACTOR : 1;
                sum += factor * code.weights().of(entry.getKey()) * (1 + Math.log(entry.getValue()));
            }
        }
        return sum;
    }

    /**
     * The undirected weighted graph over the given types; see
     * {@link #undirected(CodeGraph, Set, UnaryOperator)}.
     */
    static Graph<String, DefaultWeightedEdge> undirected(CodeGraph code, Set<String> types) {
        return undirected(code, types, UnaryOperator.identity());
    }

    /**
     * The undirected weighted graph whose vertices are the given types mapped by
     * {@code vertexOf} (e.g. to their unit): the weights of all dependencies between two
     * vertices, either way, add up; dependencies inside one vertex are dropped. Vertices
     * and edges are added in sorted order so that clustering repeats exactly.
     */
    static Graph<String, DefaultWeightedEdge> undirected(CodeGraph code, Set<String> types,
            UnaryOperator<String> vertexOf) {
        return undirected(code, types, vertexOf, null);
    }

    /**
     * As {@link #undirected(CodeGraph, Set, UnaryOperator)}, each dependency's weight
     * multiplied by the prior's factor for its two types (none when {@code prior} is
     * null).
     */
    static Graph<String, DefaultWeightedEdge> undirected(CodeGraph code, Set<String> types,
            UnaryOperator<String> vertexOf, @Nullable PackagePrior prior) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> result = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        new TreeSet<>(types).forEach(type -> result.addVertex(vertexOf.apply(type)));
        code.graph()
            .edgeSet()
            .stream()
            .filter(d -> types.contains(d.source()) && types.contains(d.target()))
            .sorted(Comparator.comparing(Dependency::source).thenComparing(Dependency::target))
            .forEach(dependency -> {
                String source = vertexOf.apply(dependency.source());
                String target = vertexOf.apply(dependency.target());
                if (source.equals(target)) {
                    return;
                }
                DefaultWeightedEdge edge = result.getEdge(source, target);
                if (edge == null) {
                    edge = result.addEdge(source, target);
                    result.setEdgeWeight(edge, 0.0);
                }
                double factor = prior == null ? 1
                        : prior.factor(code.types().get(dependency.source()), code.types().get(dependency.target()));
                result.setEdgeWeight(edge, result.getEdgeWeight(edge) + factor * weight(code, dependency));
            });
        return result;
    }

    /**
     * The directed graph over the given types with each dependency weighted by its static
     * call-site count.
     */
    static Graph<String, Dependency> directedByCallSites(CodeGraph code, Set<String> types) {
        return new AsWeightedGraph<>(new AsSubgraph<>(code.graph(), types),
                dependency -> (double) dependency.callSites(), false, false);
    }

}
