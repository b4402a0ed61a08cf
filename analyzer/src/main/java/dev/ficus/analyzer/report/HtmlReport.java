package dev.ficus.analyzer.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code report.html}: one self-contained offline page (script and styles inline, no network) with the
 * candidate services as an interactive map, the metrics, the shared kernel, shared tables and diagnostics.
 */
public final class HtmlReport {

    /** Dependencies crossing a boundary listed per service, heaviest first. */
    static final int MAX_CROSSING = 200;

    /** Diagnostics listed in the page; all of them are in {@code analysis.json}. */
    static final int MAX_DIAGNOSTICS = 500;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String TEMPLATE = template();

    private HtmlReport() {
    }

    public static String render(Analysis analysis) {
        String json = MAPPER.writeValueAsString(page(analysis))
                // keeps "</script>" and friends inside JSON strings from ending the script element
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return TEMPLATE.replace("{{TITLE}}", escape(analysis.input().path())).replace("{{DATA}}", json);
    }

    private static Page page(Analysis analysis) {
        JsonReport.Document document = JsonReport.document(analysis);
        List<CandidateService> services = analysis.decomposition().services();
        Map<String, Integer> serviceOf = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            int index = i;
            services.get(i).types().forEach(type -> serviceOf.put(type, index));
        }
        Map<String, List<Crossing>> crossing = new HashMap<>();
        Map<List<Integer>, Double> links = new TreeMap<>(Comparator.<List<Integer>>comparingInt(l -> l.get(0))
                .thenComparingInt(l -> l.get(1)));
        for (Dependency dependency : analysis.graph().graph().edgeSet()) {
            Integer from = serviceOf.get(dependency.source());
            Integer to = serviceOf.get(dependency.target());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            double weight = analysis.graph().weight(dependency);
            int calls = dependency.count(EdgeKind.CALL);
            crossing.computeIfAbsent(services.get(from).name(), n -> new ArrayList<>()).add(new Crossing(
                    dependency.source(), dependency.target(), services.get(to).name(), calls, weight));
            crossing.computeIfAbsent(services.get(to).name(), n -> new ArrayList<>()).add(new Crossing(
                    dependency.source(), dependency.target(), services.get(from).name(), calls, weight));
            links.merge(List.of(Math.min(from, to), Math.max(from, to)), weight, Double::sum);
        }
        List<ServiceView> views = new ArrayList<>();
        for (JsonReport.Service service : document.services()) {
            List<Crossing> all = crossing.getOrDefault(service.name(), List.of()).stream()
                    .sorted(Comparator.comparingDouble(Crossing::weight).reversed()
                            .thenComparing(Crossing::from).thenComparing(Crossing::to))
                    .toList();
            views.add(new ServiceView(service.name(), service.types(), service.tables(), service.entryPoints(),
                    service.metrics(), all.stream().limit(MAX_CROSSING).toList(),
                    Math.max(0, all.size() - MAX_CROSSING)));
        }
        return new Page(analysis.input().path(), document.stats(),
                List.of(Metric.values()).stream().map(m -> new MetricView(m.title(), m.valueOf(analysis.metrics()),
                        m.better(), m.meaning())).toList(),
                views,
                links.entrySet().stream().map(e -> new Link(e.getKey().get(0), e.getKey().get(1),
                        JsonReport.round(e.getValue()))).toList(),
                document.sharedKernel(), document.sharedTables(),
                document.diagnostics().stream().limit(MAX_DIAGNOSTICS).toList(), document.diagnostics().size());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            if (in == null) {
                throw new IllegalStateException("report.html template missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonPropertyOrder({"title", "stats", "metrics", "services", "links", "kernel", "sharedTables", "diagnostics",
            "diagnosticsTotal"})
    record Page(String title, JsonReport.Stats stats, List<MetricView> metrics, List<ServiceView> services,
            List<Link> links, JsonReport.SharedKernel kernel, List<JsonReport.SharedTable> sharedTables,
            List<JsonReport.DiagnosticJson> diagnostics, int diagnosticsTotal) {
    }

    @JsonPropertyOrder({"title", "value", "better", "meaning"})
    record MetricView(String title, double value, String better, String meaning) {
    }

    @JsonPropertyOrder({"name", "types", "tables", "entryPoints", "metrics", "crossing", "crossingOmitted"})
    record ServiceView(String name, List<String> types, List<String> tables,
            List<JsonReport.EntryPointJson> entryPoints, JsonReport.ServiceMetricsJson metrics,
            List<Crossing> crossing, int crossingOmitted) {
    }

    /** A dependency crossing a boundary; {@code service} is the service on the other side. */
    @JsonPropertyOrder({"from", "to", "service", "calls", "weight"})
    record Crossing(String from, String to, String service, int calls, double weight) {
    }

    @JsonPropertyOrder({"source", "target", "weight"})
    record Link(int source, int target, double weight) {
    }
}
