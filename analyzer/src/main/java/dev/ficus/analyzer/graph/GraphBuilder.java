package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.source.ParsedFile;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;

/**
 * Builds the {@link CodeGraph} of parsed sources: dependencies between top-level types, entry points and
 * table accesses. Files are scanned in parallel; their findings are merged in file order, so the graph is
 * the same on every run.
 */
public final class GraphBuilder {

    /** Resolving threads; the shared type solver and the syntax trees are read-only once parsing is done. */
    static final int THREADS_DEFAULT = Math.min(2, Runtime.getRuntime().availableProcessors());

    private static final int PROGRESS_EVERY = 100;

    private GraphBuilder() {
    }

    public static CodeGraph build(ParsedSources sources, EdgeWeights weights, Progress progress) {
        TypeIndex index = TypeIndex.of(sources.parsedFiles());
        List<FileFacts> facts = new ArrayList<>(scanAll(sources, index, progress));
        XmlDescriptors descriptors = new XmlDescriptors(name -> index.topLevel(name).filter(name::equals)
                .isPresent(), sources::relative);
        FileFacts xml = new FileFacts();
        sources.resourceFiles().forEach(file -> descriptors.read(file, xml));
        facts.add(xml);
        FactsMerger merger = new FactsMerger(facts);
        Graph<String, Dependency> graph = graph(index, merger.dependencies(), weights);
        return new CodeGraph(new AsUnmodifiableGraph<>(graph), typeNodes(index), merger.entryPoints(),
                merger.tableAccesses(), weights, merger.unresolvedCalls(), merger.resolvedCalls());
    }

    private static List<FileFacts> scanAll(ParsedSources sources, TypeIndex index, Progress progress) {
        List<ParsedFile> files = sources.parsedFiles();
        AtomicLong done = new AtomicLong();
        ExpressionTypes types = new ExpressionTypes(index);
        ForkJoinPool pool = new ForkJoinPool(THREADS_DEFAULT);
        progress.update("resolving", 0, files.size());
        try {
            return pool.submit(() -> files.parallelStream()
                    .map(file -> {
                        FileFacts facts = scan(file, index, types, sources);
                        long count = done.incrementAndGet();
                        if (count % PROGRESS_EVERY == 0) {
                            synchronized (progress) {
                                progress.update("resolving", count, files.size());
                            }
                        }
                        return facts;
                    })
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resolving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("resolving failed", e.getCause());
        } finally {
            pool.shutdown();
            progress.update("resolving", files.size(), files.size());
        }
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
            new DependencyScanner(index, calls, facts, file.file(), name).scan(type);
            facts.entryPoints.addAll(entryPoints.find(name, type));
            dataAccess.find(name, type, facts);
        }
        facts.solverCalls = calls.solverCalls();
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
