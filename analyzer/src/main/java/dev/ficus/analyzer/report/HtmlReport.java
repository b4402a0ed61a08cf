package dev.ficus.analyzer.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code report.html}: one self-contained offline page (script and styles inline,
 * no network) with the candidate services as an interactive map, the metrics, the shared
 * kernel, shared tables and diagnostics.
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

    public static String render(AnalysisDocument document) {
        String json = MAPPER.writeValueAsString(page(document))
            // keeps "</script>" and friends inside JSON strings from ending the script
            // element
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026");
        return TEMPLATE.replace("{{TITLE}}", escape(document.input().path())).replace("{{DATA}}", json);
    }

    private static Page page(AnalysisDocument document) {
        List<AnalysisDocument.Service> services = document.services();
        Map<String, Integer> serviceOf = new HashMap<>();
        for (int i = 0; i < services.size(); i++) {
            int index = i;
            services.get(i).types().forEach(type -> serviceOf.put(type, index));
        }
        Map<String, List<Crossing>> crossing = new HashMap<>();
        Map<List<Integer>, Double> links = new TreeMap<>(
                Comparator.<List<Integer>>comparingInt(l -> l.get(0)).thenComparingInt(l -> l.get(1)));
        for (AnalysisDocument.DependencyInfo dependency : document.dependencies()) {
            Integer from = serviceOf.get(dependency.source());
            Integer to = serviceOf.get(dependency.target());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            double weight = dependency.weight();
            int calls = dependency.count("call");
            crossing.computeIfAbsent(services.get(from).name(), n -> new ArrayList<>())
                .add(new Crossing(dependency.source(), dependency.target(), services.get(to).name(), calls, weight));
            crossing.computeIfAbsent(services.get(to).name(), n -> new ArrayList<>())
                .add(new Crossing(dependency.source(), dependency.target(), services.get(from).name(), calls, weight));
            links.merge(List.of(Math.min(from, to), Math.max(from, to)), weight, Double::sum);
        }
        List<ServiceView> views = new ArrayList<>();
        for (AnalysisDocument.Service service : services) {
            List<Crossing> all = crossing.getOrDefault(service.name(), List.of())
                .stream()
                .sorted(Comparator.comparingDouble(Crossing::weight)
                    .reversed()
                    .thenComparing(Crossing::from)
                    .thenComparing(Crossing::to))
                .toList();
            views.add(new ServiceView(service.name(), service.types(), service.tables(), service.entryPoints(),
                    service.metrics(), all.stream().limit(MAX_CROSSING).toList(),
                    Math.max(0, all.size() - MAX_CROSSING)));
        }
        return new Page(document.input().path(), document.stats(),
                List.of(Metric.values())
                    .stream()
                    .map(m -> new MetricView(m.title(), m.valueOf(document.metrics()), m.better(), m.meaning()))
                    .toList(),
                views,
                links.entrySet()
                    .stream()
                    .map(e -> new Link(e.getKey().get(0), e.getKey().get(1),
                            BigDecimal.valueOf(e.getValue()).setScale(4, RoundingMode.HALF_EVEN).doubleValue()))
                    .toList(),
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
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonPropertyOrder({ "title", "stats", "metrics", "services", "links", "kernel", "sharedTables", "diagnostics",
            "diagnosticsTotal" })
    record Page(String title, AnalysisDocument.Stats stats, List<MetricView> metrics, List<ServiceView> services,
            List<Link> links, AnalysisDocument.SharedKernel kernel, List<AnalysisDocument.SharedTable> sharedTables,
            List<AnalysisDocument.DiagnosticInfo> diagnostics, int diagnosticsTotal) {
    }

    @JsonPropertyOrder({ "title", "value", "better", "meaning" })
    record MetricView(String title, double value, String better, String meaning) {
    }

    @JsonPropertyOrder({ "name", "types", "tables", "entryPoints", "metrics", "crossing", "crossingOmitted" })
    record ServiceView(String name, List<String> types, List<String> tables,
            List<AnalysisDocument.EntryPointInfo> entryPoints, AnalysisDocument.ServiceFigures metrics,
            List<Crossing> crossing, int crossingOmitted) {
    }

    /**
     * A dependency crossing a boundary; {@code service} is the service on the other side.
     */
    @JsonPropertyOrder({ "from", "to", "service", "calls", "weight" })
    record Crossing(String from, String to, String service, int calls, double weight) {
    }

    @JsonPropertyOrder({ "source", "target", "weight" })
    record Link(int source, int target, double weight) {
    }

}
