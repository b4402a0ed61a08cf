package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.data.DataAccessFinder;
import dev.ficus.analyzer.graph.entrypoints.ApplicationPath;
import dev.ficus.analyzer.graph.entrypoints.EntryPointFinder;
import dev.ficus.analyzer.graph.facts.DependencyScanner;
import dev.ficus.analyzer.graph.facts.FileFacts;
import dev.ficus.analyzer.graph.facts.XmlDescriptors;
import dev.ficus.analyzer.graph.resolve.CallTargets;
import dev.ficus.analyzer.graph.resolve.ExpressionTypes;
import dev.ficus.analyzer.graph.resolve.FileScope;
import dev.ficus.analyzer.graph.resolve.TypeIndex;
import dev.ficus.analyzer.source.ApplicationSettings;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.analyzer.work.Progress;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * Builds the {@link CodeGraph} of parsed sources: dependencies between top-level types,
 * entry points and table accesses. Files are scanned in parallel; their findings are
 * merged in file order, so the graph is the same on every run.
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    public static CodeGraph build(ParsedSources sources, EdgeWeights weights, Progress progress) {
        TypeIndex index = TypeIndex.of(sources.parsedFiles());
        List<FileFacts> facts = new ArrayList<>(scanAll(sources, index, progress));
        XmlDescriptors descriptors = new XmlDescriptors(name -> index.topLevel(name).filter(name::equals).isPresent(),
                sources::relative);
        FileFacts xml = new FileFacts();
        sources.resourceFiles().forEach(file -> descriptors.read(file, xml));
        facts.add(xml);
        FactsMerger merger = new FactsMerger(facts);
        Graph<String, Dependency> graph = graph(index, merger.dependencies(), weights);
        return new CodeGraph(new AsUnmodifiableGraph<>(graph), typeNodes(index),
                merger.entryPoints(settings(sources.root())), merger.tableAccesses(), weights, merger.unresolvedCalls(),
                merger.resolvedCalls());
    }

    /**
     * The settings the analysed code's applications agree on; none when they cannot be
     * read (the analysis goes on with its mapped paths' placeholders as written).
     */
    private static ApplicationSettings settings(Path root) {
        try {
            return ApplicationSettings.agreed(root);
        }
        catch (InvalidInputException | UncheckedIOException e) {
            return new ApplicationSettings(List.of(), Map.of());
        }
    }

    private static List<FileFacts> scanAll(ParsedSources sources, TypeIndex index, Progress progress) {
        ExpressionTypes types = new ExpressionTypes(index);
        return ParallelWork.map(sources.parsedFiles(), file -> scan(file, index, types, sources), "resolving",
                progress);
    }

    private static FileFacts scan(ParsedFile file, TypeIndex index, ExpressionTypes types, ParsedSources sources) {
        FileFacts facts = new FileFacts();
        FileScope scope = index.scope(file.unit());
        CallTargets calls = new CallTargets(index, types, sources.typeSolver());
        EntryPointFinder entryPoints = new EntryPointFinder(scope);
        DataAccessFinder dataAccess = new DataAccessFinder(scope, file.file());
        for (TypeDeclaration<?> type : file.unit().getTypes()) {
            String name = type.getFullyQualifiedName().orElse("");
            if (index.topLevelFiles().get(name) != file) {
                continue;
            }
            DependencyScanner dependencies = new DependencyScanner(index, calls, facts, file.file(), name);
            List<TypeDeclaration<?>> declarations = new ArrayList<>();
            type.walk(node -> {
                dependencies.visit(node);
                dataAccess.visit(name, node, facts);
                if (node instanceof TypeDeclaration<?> declaration) {
                    declarations.add(declaration);
                }
            });
            facts.entryPoints.addAll(entryPoints.find(name, declarations));
            facts.applicationPaths.addAll(ApplicationPath.of(declarations));
            dataAccess.declarations(name, declarations, facts);
        }
        return facts;
    }

    private static Graph<String, Dependency> graph(TypeIndex index, List<Dependency> dependencies,
            EdgeWeights weights) {
        Graph<String, Dependency> graph = new DefaultDirectedWeightedGraph<>(Dependency.class);
        index.topLevelFiles().keySet().forEach(graph::addVertex);
        for (Dependency dependency : dependencies) {
            graph.addEdge(dependency.source(), dependency.target(), dependency);
            graph.setEdgeWeight(dependency, dependency.weight(weights));
        }
        return graph;
    }

    private static SortedMap<String, TypeNode> typeNodes(TypeIndex index) {
        SortedMap<String, TypeNode> nodes = new TreeMap<>();
        index.topLevelFiles().forEach((name, file) -> {
            TypeDeclaration<?> type = index.declaration(name).orElseThrow();
            nodes.put(name, TypeNodes.of(name, type, file));
        });
        return nodes;
    }

}
