package dev.ficus.analyzer.graph;

import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Everything the {@code graph} stage learned about the code, handed to {@code boundaries}
 * and {@code report}: the weighted directed dependency graph of top-level types, entry
 * points and table accesses.
 * <p>
 * The graph is unmodifiable; its vertices are fully qualified type names, its edges
 * {@link Dependency}s weighted by {@link #weights()} (see {@link #weight(Dependency)}).
 *
 * @param graph directed graph over fully qualified type names, no self-loops
 * @param types every analysed top-level type by name (same key set as the graph's
 * vertices)
 * @param entryPoints sorted
 * @param tableAccesses sorted
 * @param weights the weights used for this graph
 * @param unresolvedCalls method calls whose target could not be resolved
 * @param resolvedCalls method calls resolved (to analysed code or to libraries)
 */
public record CodeGraph(Graph<String, Dependency> graph, SortedMap<String, TypeNode> types,
        List<EntryPoint> entryPoints, List<TableAccess> tableAccesses, EdgeWeights weights, long unresolvedCalls,
        long resolvedCalls) {

    public CodeGraph {
        entryPoints = List.copyOf(entryPoints);
        tableAccesses = List.copyOf(tableAccesses);
    }

    public double weight(Dependency dependency) {
        return dependency.weight(weights);
    }

    /** Share of method calls that could not be resolved, 0 when there were no calls. */
    public double unresolvedCallRatio() {
        long all = unresolvedCalls + resolvedCalls;
        return all == 0 ? 0.0 : (double) unresolvedCalls / all;
    }

    /** Tables each type touches, sorted. */
    public SortedMap<String, SortedSet<String>> tablesByType() {
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        for (TableAccess access : tableAccesses) {
            result.computeIfAbsent(access.type(), t -> new TreeSet<>()).add(access.table());
        }
        return result;
    }

    /** Entry points grouped by declaring type. */
    public Map<String, List<EntryPoint>> entryPointsByType() {
        Map<String, List<EntryPoint>> result = new TreeMap<>();
        for (EntryPoint entryPoint : entryPoints) {
            result.computeIfAbsent(entryPoint.type(), t -> new ArrayList<>()).add(entryPoint);
        }
        return result;
    }
}
