package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Size and coupling of one candidate service.
 *
 * @param types top-level types in the service
 * @param loc non-blank, non-comment lines of those types
 * @param callsIn static call sites in other services that call into this one
 * @param callsOut static call sites in this service that call into other services
 * @param interfaceTypes types of this service that other services depend on (its share of
 * IFN)
 */
public record ServiceMetrics(int types, long loc, long callsIn, long callsOut, int interfaceTypes) {

    /** Metrics of every service of the decomposition, by service name. */
    public static SortedMap<String, ServiceMetrics> of(CodeGraph code, Decomposition decomposition) {
        Map<String, String> serviceOf = new HashMap<>();
        decomposition.services().forEach(s -> s.types().forEach(type -> serviceOf.put(type, s.name())));
        Map<String, long[]> calls = new HashMap<>();
        Map<String, Set<String>> interfaces = new HashMap<>();
        for (Dependency dependency : code.graph().edgeSet()) {
            String from = serviceOf.get(dependency.source());
            String to = serviceOf.get(dependency.target());
            if (from != null && to != null && !from.equals(to)) {
                calls.computeIfAbsent(to, s -> new long[2])[0] += dependency.count(EdgeKind.CALL);
                calls.computeIfAbsent(from, s -> new long[2])[1] += dependency.count(EdgeKind.CALL);
                interfaces.computeIfAbsent(to, s -> new HashSet<>()).add(dependency.target());
            }
        }
        SortedMap<String, ServiceMetrics> result = new TreeMap<>();
        for (CandidateService service : decomposition.services()) {
            long[] inOut = calls.getOrDefault(service.name(), new long[2]);
            long loc = service.types().stream().map(code.types()::get).mapToLong(TypeNode::loc).sum();
            result.put(service.name(), new ServiceMetrics(service.types().size(), loc, inOut[0], inOut[1],
                    interfaces.getOrDefault(service.name(), Set.of()).size()));
        }
        return result;
    }
}
