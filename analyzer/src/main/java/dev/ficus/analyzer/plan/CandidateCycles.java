package dev.ficus.analyzer.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Cycles of synchronous calls between candidates: the strongly connected components of
 * the candidate-level call graph. Candidates in one component call each other, directly
 * or through others, so none of them can be deployed on its own until a direction of the
 * cycle is broken (usually by an event).
 */
final class CandidateCycles {

    private final Map<String, SortedSet<String>> partners = new TreeMap<>();

    /**
     * @param candidates every candidate name
     * @param calls which candidate calls which
     */
    CandidateCycles(Collection<String> candidates, List<CrossingCalls.CandidateCall> calls) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        candidates.stream().sorted().forEach(graph::addVertex);
        for (CrossingCalls.CandidateCall call : calls) {
            if (graph.containsVertex(call.caller()) && graph.containsVertex(call.callee())
                    && !call.caller().equals(call.callee())) {
                graph.addEdge(call.caller(), call.callee());
            }
        }
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            for (String candidate : component) {
                SortedSet<String> others = new TreeSet<>(component);
                others.remove(candidate);
                partners.put(candidate, others);
            }
        }
    }

    /**
     * The other candidates in a cycle with this one, sorted; empty when it is in none.
     */
    SortedSet<String> partnersOf(String candidate) {
        return partners.getOrDefault(candidate, new TreeSet<>());
    }

}
