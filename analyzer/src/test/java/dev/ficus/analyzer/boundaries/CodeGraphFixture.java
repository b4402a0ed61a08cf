package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TableAccess;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleDirectedGraph;

/** Builds small {@link CodeGraph}s by hand for tests whose answers are known exactly. */
public final class CodeGraphFixture {

    private final TreeMap<String, TypeNode> types = new TreeMap<>();

    private final Map<List<String>, Map<EdgeKind, Integer>> dependencies = new TreeMap<>(
            (a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));

    private final List<EntryPoint> entryPoints = new ArrayList<>();

    private final List<TableAccess> tables = new ArrayList<>();

    public static CodeGraphFixture builder() {
        return new CodeGraphFixture();
    }

    public CodeGraphFixture type(String name, String... annotations) {
        return type(name, TypeNode.Kind.CLASS, annotations);
    }

    public CodeGraphFixture type(String name, TypeNode.Kind kind, String... annotations) {
        types.put(name, new TypeNode(name, name.replace('.', '/') + ".java", 10, Set.of(annotations), kind));
        return this;
    }

    /** Declares a class implementing the given interfaces of a library. */
    public CodeGraphFixture implementing(String name, String... libraryInterfaces) {
        types.put(name, new TypeNode(name, name.replace('.', '/') + ".java", 10, Set.of(), TypeNode.Kind.CLASS,
                Set.of(libraryInterfaces)));
        return this;
    }

    /** Declares a class of static methods only, a utility class whatever its name. */
    public CodeGraphFixture utilityClass(String name) {
        types.put(name, new TypeNode(name, name.replace('.', '/') + ".java", 10, Set.of(), TypeNode.Kind.CLASS,
                Set.of(), true));
        return this;
    }

    /** Declares a class whose file lies in a module's {@code src/main/java}. */
    public CodeGraphFixture typeIn(String module, String name) {
        types.put(name, new TypeNode(name, module + "/src/main/java/" + name.replace('.', '/') + ".java", 10, Set.of(),
                TypeNode.Kind.CLASS));
        return this;
    }

    /**
     * Declares a type of the given kind whose file lies in a module's
     * {@code src/main/java}.
     */
    public CodeGraphFixture typeIn(String module, String name, TypeNode.Kind kind, String... annotations) {
        types.put(name, new TypeNode(name, module + "/src/main/java/" + name.replace('.', '/') + ".java", 10,
                Set.of(annotations), kind));
        return this;
    }

    /** Adds a dependency, declaring both types when needed. */
    public CodeGraphFixture depends(String source, String target, EdgeKind kind, int count) {
        types.computeIfAbsent(source, s -> node(s));
        types.computeIfAbsent(target, t -> node(t));
        dependencies.computeIfAbsent(List.of(source, target), k -> new EnumMap<>(EdgeKind.class))
            .merge(kind, count, Integer::sum);
        return this;
    }

    public CodeGraphFixture calls(String source, String target, int callSites) {
        return depends(source, target, EdgeKind.CALL, callSites);
    }

    public CodeGraphFixture entryPoint(String type, EntryPoint.Kind kind, String detail) {
        types.computeIfAbsent(type, t -> node(t));
        entryPoints.add(new EntryPoint(type, kind, detail, "handle"));
        return this;
    }

    public CodeGraphFixture table(String type, String table) {
        types.computeIfAbsent(type, t -> node(t));
        tables.add(new TableAccess(type, table, "entity", new SourceLocation(type.replace('.', '/') + ".java", 1)));
        return this;
    }

    public CodeGraph build() {
        SimpleDirectedGraph<String, Dependency> graph = new SimpleDirectedGraph<>(Dependency.class);
        types.keySet().forEach(graph::addVertex);
        dependencies.forEach((pair, counts) -> graph.addEdge(pair.get(0), pair.get(1),
                new Dependency(pair.get(0), pair.get(1), counts, List.of())));
        return new CodeGraph(new AsUnmodifiableGraph<>(graph), new TreeMap<>(types),
                entryPoints.stream().sorted().toList(), tables.stream().sorted().toList(), EdgeWeights.defaults(), 0,
                0);
    }

    private static TypeNode node(String name) {
        return new TypeNode(name, name.replace('.', '/') + ".java", 10, Set.of(), TypeNode.Kind.CLASS);
    }

}
