package dev.ficus.analyzer.plan;

import dev.ficus.plan.Traffic;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Proposes how the strangler gateway moves a candidate's traffic: the path patterns of
 * its HTTP entry points ({@link RoutePaths}; {@code /api/<name>/**} when it has none),
 * the gateway's {@code ficus.gateway.capabilities.<name>.*} entries starting in
 * {@code SHADOW} mode, and the rollout steps with their SLOs.
 */
final class TrafficProposal {

    /**
     * Services are proposed on {@code PORT_BASE + rank}, clear of the gateway (8000),
     * monolith (8080) and samples.
     */
    static final int PORT_BASE = 8100;
    static final List<Integer> ROLLOUT_STEPS_DEFAULT = List.of(5, 25, 50, 100);
    static final Traffic.Slo SLO_DEFAULT = new Traffic.Slo(0.01, 1.5, 0.01, 200);

    private TrafficProposal() {
    }

    /**
     * @param routes the patterns {@link RoutePaths} chose for the candidate's
     * {@link #httpPaths}
     */
    static Traffic of(AnalysisDocument.Service candidate, int rank, RoutePaths.Proposal routes) {
        List<String> paths = routes.patterns();
        int port = PORT_BASE + rank;
        String prefix = "ficus.gateway.capabilities." + candidate.name() + ".";
        SortedMap<String, String> properties = new TreeMap<>();
        properties.put(prefix + "paths", String.join(",", paths));
        properties.put(prefix + "service-url", "http://localhost:" + port);
        properties.put(prefix + "mode", "SHADOW");
        return new Traffic(paths, endpoints(candidate), port, properties, ROLLOUT_STEPS_DEFAULT, SLO_DEFAULT);
    }

    /** The paths of the candidate's HTTP entry points, as declared. */
    static List<String> httpPaths(AnalysisDocument.Service candidate) {
        return candidate.entryPoints()
            .stream()
            .filter(TrafficProposal::isHttp)
            .map(entryPoint -> afterFirstWord(entryPoint.detail()))
            .toList();
    }

    /**
     * The paths of the HTTP entry points of the analysis's types outside the candidate
     * (other candidates, the shared kernel, the platform), each with its owner.
     */
    static List<RoutePaths.OwnedPath> otherHttpPaths(AnalysisDocument analysis, AnalysisDocument.Service candidate) {
        Set<String> own = Set.copyOf(candidate.types());
        List<RoutePaths.OwnedPath> others = new ArrayList<>();
        for (AnalysisDocument.TypeInfo type : analysis.types()) {
            if (!own.contains(type.name())) {
                type.evidence()
                    .entryPoints()
                    .stream()
                    .filter(entryPoint -> entryPoint.startsWith("http ") || entryPoint.startsWith("jaxrs "))
                    .forEach(entryPoint -> others
                        .add(new RoutePaths.OwnedPath(type.group(), afterFirstWord(afterFirstWord(entryPoint)))));
            }
        }
        return others;
    }

    /**
     * {@code GET /cargo/{id : [A-Z]+}} → {@code /cargo/{id : [A-Z]+}}: a JAX-RS template
     * may hold spaces.
     */
    private static String afterFirstWord(String detail) {
        String[] words = detail.strip().split("\\s+", 2);
        return words[words.length - 1];
    }

    private static List<String> endpoints(AnalysisDocument.Service candidate) {
        return candidate.entryPoints()
            .stream()
            .filter(TrafficProposal::isHttp)
            .map(entryPoint -> entryPoint.detail().trim())
            .filter(detail -> detail.matches("[A-Z]+\\s+/.*"))
            .distinct()
            .sorted()
            .toList();
    }

    /** A servlet filter wraps the requests of others; it serves none of its own. */
    static boolean isFilter(AnalysisDocument.EntryPointInfo entryPoint) {
        return entryPoint.kind().equals("servlet") && entryPoint.detail().startsWith("filter ");
    }

    private static boolean isHttp(AnalysisDocument.EntryPointInfo entryPoint) {
        return entryPoint.kind().equals("http") || entryPoint.kind().equals("jaxrs");
    }

}
