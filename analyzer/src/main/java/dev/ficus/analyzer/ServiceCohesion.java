package dev.ficus.analyzer;

import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import java.util.HashSet;
import java.util.Set;

/**
 * Cohesion and coupling of one candidate service, from the dependencies between candidate
 * types (the shared kernel is a library every service links, so dependencies on it count
 * for neither).
 */
final class ServiceCohesion {

    private final CodeGraph graph;

    private final Groups groups;

    ServiceCohesion(CodeGraph graph, Groups groups) {
        this.graph = graph;
        this.groups = groups;
    }

    /**
     * μ/N²: unordered pairs of its types joined by a dependency in either direction over
     * N², SM's cohesion term.
     */
    double cohesion(CandidateService service) {
        int n = service.types().size();
        Set<String> pairs = new HashSet<>();
        for (String type : service.types()) {
            for (Dependency out : graph.graph().outgoingEdgesOf(type)) {
                if (service.types().contains(out.target())) {
                    String a = out.source();
                    String b = out.target();
                    pairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a);
                }
            }
        }
        return n == 0 ? 0 : (double) pairs.size() / ((double) n * n);
    }

    /**
     * Weight of the dependencies between its types and other candidates' over all
     * candidate dependencies of its types.
     */
    double coupling(CandidateService service) {
        double inside = 0;
        double crossing = 0;
        for (String type : service.types()) {
            for (Dependency out : graph.graph().outgoingEdgesOf(type)) {
                String group = groups.of(out.target());
                if (service.types().contains(out.target())) {
                    inside += graph.weight(out);
                }
                else if (groups.isCandidate(group)) {
                    crossing += graph.weight(out);
                }
            }
            for (Dependency in : graph.graph().incomingEdgesOf(type)) {
                if (!service.types().contains(in.source()) && groups.isCandidate(groups.of(in.source()))) {
                    crossing += graph.weight(in);
                }
            }
        }
        return inside + crossing == 0 ? 0 : crossing / (inside + crossing);
    }

}
