package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The synchronous calls that cross candidate boundaries: call sites read from the graph's locations, and
 * call-site counts per candidate pair from the graph's edge counts (locations are capped, counts are not).
 * Calls into the shared kernel do not cross: the kernel becomes a library every service links. Nor do calls on
 * records and enums (event payloads, DTOs): reading a value another candidate sent is data, not a remote call.
 */
final class CrossingCalls {

    private final List<CrossingCall> calls = new ArrayList<>();
    private final List<Dependency> crossingEdges = new ArrayList<>();
    private final Ownership ownership;

    CrossingCalls(CodeGraph graph, Ownership ownership, CallSites callSites) {
        this.ownership = ownership;
        for (Dependency dependency : graph.graph().edgeSet()) {
            if (crosses(dependency) && !isValue(graph.types().get(dependency.target()))) {
                crossingEdges.add(dependency);
                calls.addAll(callsOf(dependency, callSites));
            }
        }
        calls.sort(null);
    }

    private static boolean isValue(TypeNode type) {
        return type != null && (type.kind() == TypeNode.Kind.RECORD || type.kind() == TypeNode.Kind.ENUM);
    }

    private boolean crosses(Dependency dependency) {
        String callerOwner = ownership.ownerOf(dependency.source());
        String calleeOwner = ownership.ownerOf(dependency.target());
        return dependency.count(EdgeKind.CALL) > 0 && ownership.isCandidate(calleeOwner)
                && !callerOwner.equals(calleeOwner);
    }

    private List<CrossingCall> callsOf(Dependency dependency, CallSites callSites) {
        List<CrossingCall> found = new ArrayList<>();
        for (SourceLocation location : dependency.locations()) {
            for (CallSites.Call call : callSites.callsAt(location, dependency.target())) {
                found.add(crossing(dependency, call.method(), call.arguments(), location.toString(),
                        call.resultUsed()));
            }
        }
        if (found.isEmpty()) {
            String where = dependency.locations().isEmpty() ? "?" : dependency.locations().get(0).toString();
            found.add(crossing(dependency, "?", -1, where, true));
        }
        return found;
    }

    private CrossingCall crossing(Dependency dependency, String method, int arguments, String location,
            boolean resultUsed) {
        return new CrossingCall(dependency.source(), ownership.ownerOf(dependency.source()), dependency.target(),
                ownership.ownerOf(dependency.target()), method, arguments, location, resultUsed);
    }

    List<CrossingCall> into(String candidate) {
        return calls.stream().filter(call -> call.calleeOwner().equals(candidate)).toList();
    }

    List<CrossingCall> outOf(String candidate) {
        return calls.stream().filter(call -> call.callerOwner().equals(candidate)).toList();
    }

    /** Static call sites from the rest into the candidate, from the graph's counts. */
    int callSitesInto(String candidate) {
        return crossingEdges.stream().filter(edge -> ownership.ownerOf(edge.target()).equals(candidate))
                .mapToInt(edge -> edge.count(EdgeKind.CALL)).sum();
    }

    /** Static call sites from the candidate to other candidates, from the graph's counts. */
    int callSitesOutOf(String candidate) {
        return crossingEdges.stream().filter(edge -> ownership.ownerOf(edge.source()).equals(candidate))
                .mapToInt(edge -> edge.count(EdgeKind.CALL)).sum();
    }

    /**
     * A candidate calling another.
     *
     * @param caller calling candidate
     * @param callee called candidate
     */
    record CandidateCall(String caller, String callee) {
    }

    /** Pairs of candidates with at least one crossing call between them. */
    List<CandidateCall> candidateCalls() {
        return crossingEdges.stream()
                .map(edge -> new CandidateCall(ownership.ownerOf(edge.source()), ownership.ownerOf(edge.target())))
                .filter(call -> ownership.isCandidate(call.caller()))
                .distinct()
                .toList();
    }
}
