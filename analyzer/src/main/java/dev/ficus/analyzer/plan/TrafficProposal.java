package dev.ficus.analyzer.plan;

import dev.ficus.plan.Names;
import dev.ficus.plan.Traffic;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Proposes how the strangler gateway moves a candidate's traffic: the path patterns of
 * its HTTP entry points, the gateway's {@code ficus.gateway.capabilities.<name>.*}
 * entries starting in {@code SHADOW} mode, and the rollout steps with their SLOs.
 */
final class TrafficProposal {

    /**
     * Services are proposed on {@code PORT_BASE + rank}, clear of the gateway (8000),
     * monolith (8080) and samples.
     */
    static final int PORT_BASE = 8100;
    static final List<Integer> ROLLOUT_STEPS_DEFAULT = List.of(5, 25, 50, 100);
    static final Traffic.Slo SLO_DEFAULT = new Traffic.Slo(0.01, 1.5, 0.01, 200);

    private static final String ACTUATOR = "actuator";

    private TrafficProposal() {
    }

    static Traffic of(AnalysisDocument.Service candidate, int rank) {
        List<String> paths = paths(candidate);
        int port = PORT_BASE + rank;
        String prefix = "ficus.gateway.capabilities." + candidate.name() + ".";
        SortedMap<String, String> properties = new TreeMap<>();
        properties.put(prefix + "paths", String.join(",", paths));
        properties.put(prefix + "service-url", "http://localhost:" + port);
        properties.put(prefix + "mode", "SHADOW");
        return new Traffic(paths, endpoints(candidate), port, properties, ROLLOUT_STEPS_DEFAULT, SLO_DEFAULT);
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

    /**
     * {@code GET /api/catalog/products/{id}} → {@code /api/catalog/**}; one segment when
     * not under /api. Actuator endpoints stay out: the gateway never forwards management
     * paths ({@code /actuator/**}), so a route for them would only mislead.
     */
    private static List<String> paths(AnalysisDocument.Service candidate) {
        TreeSet<String> paths = new TreeSet<>();
        for (AnalysisDocument.EntryPointInfo entryPoint : candidate.entryPoints()) {
            if (isHttp(entryPoint)) {
                String[] parts = entryPoint.detail().trim().split("\\s+");
                String path = parts[parts.length - 1];
                String[] segments = path.replaceAll("^/+", "").split("/");
                if (path.startsWith("/") && !segments[0].isEmpty() && !segments[0].equals(ACTUATOR)) {
                    boolean api = segments[0].equals("api") && segments.length > 1 && !segments[1].startsWith("{");
                    paths.add("/" + segments[0] + (api ? "/" + segments[1] : "") + "/**");
                }
            }
        }
        if (paths.isEmpty()) {
            paths.add("/api/" + Names.kebab(candidate.name()) + "/**");
        }
        return List.copyOf(paths);
    }

    private static boolean isHttp(AnalysisDocument.EntryPointInfo entryPoint) {
        return entryPoint.kind().equals("http") || entryPoint.kind().equals("jaxrs");
    }

}
