package dev.ficus.analyzer.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.DecompositionMetrics;
import dev.ficus.analyzer.boundaries.ServiceMetrics;
import dev.ficus.analyzer.graph.EntryPoint;
import dev.ficus.analyzer.source.Diagnostic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code analysis.json}, schema version 1: the contract other tools (the plan, the scaffolder) read.
 * Every list is sorted and every number rounded so that the same input gives the same bytes; only
 * {@code stats.millis} and {@code stats.peakHeapMb} differ between runs.
 */
public final class JsonReport {

    /** Version of the document's schema, raised on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    private static final int DECIMALS = 4;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    public static String render(Analysis analysis) {
        return MAPPER.writeValueAsString(document(analysis)) + "\n";
    }

    static Document document(Analysis analysis) {
        Analysis.Stats stats = analysis.stats();
        return new Document(SCHEMA_VERSION, new Input(analysis.input().path(), analysis.input().sourceRoots()),
                new Stats(stats.files(), stats.loc(), stats.types(), stats.edges(), stats.parseErrors(),
                        round(stats.unresolvedCallRatio()), stats.millis(), stats.peakHeapMb()),
                metrics(analysis.metrics()),
                analysis.decomposition().services().stream()
                        .map(service -> service(service, analysis.serviceMetrics().get(service.name()))).toList(),
                new SharedKernel(List.copyOf(analysis.decomposition().sharedKernel().types()),
                        analysis.decomposition().sharedKernel().reason()),
                new SharedKernel(List.copyOf(analysis.decomposition().platform().types()),
                        analysis.decomposition().platform().reason()),
                analysis.decomposition().sharedTables().entrySet().stream()
                        .map(e -> new SharedTable(e.getKey(), List.copyOf(e.getValue()))).toList(),
                analysis.diagnostics().stream().map(JsonReport::diagnostic).toList());
    }

    private static Metrics metrics(DecompositionMetrics metrics) {
        return new Metrics(round(metrics.modularity()), round(metrics.structuralModularity()), round(metrics.icp()),
                round(metrics.bcp()), round(metrics.ned()), round(metrics.ifn()));
    }

    private static Service service(CandidateService service, ServiceMetrics metrics) {
        return new Service(service.name(), List.copyOf(service.types()), List.copyOf(service.tables()),
                service.entryPoints().stream().map(JsonReport::entryPoint).toList(),
                new ServiceMetricsJson(metrics.types(), metrics.loc(), metrics.callsIn(), metrics.callsOut(),
                        metrics.interfaceTypes()));
    }

    static EntryPointJson entryPoint(EntryPoint entryPoint) {
        return new EntryPointJson(entryPoint.type(), entryPoint.kind().name().toLowerCase(Locale.ROOT),
                entryPoint.detail());
    }

    private static DiagnosticJson diagnostic(Diagnostic diagnostic) {
        return new DiagnosticJson(diagnostic.file(), diagnostic.line(),
                diagnostic.severity().name().toLowerCase(Locale.ROOT), diagnostic.message());
    }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0.0;
        }
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }

    @JsonPropertyOrder({"schemaVersion", "input", "stats", "metrics", "services", "sharedKernel", "platform",
            "sharedTables", "diagnostics"})
    record Document(int schemaVersion, Input input, Stats stats, Metrics metrics, List<Service> services,
            SharedKernel sharedKernel, SharedKernel platform, List<SharedTable> sharedTables,
            List<DiagnosticJson> diagnostics) {
    }

    @JsonPropertyOrder({"files", "loc", "types", "edges", "parseErrors", "unresolvedCallRatio", "millis",
            "peakHeapMb"})
    record Stats(int files, long loc, int types, int edges, long parseErrors, double unresolvedCallRatio,
            long millis, long peakHeapMb) {
    }

    @JsonPropertyOrder({"modularity", "structuralModularity", "icp", "bcp", "ned", "ifn"})
    record Metrics(double modularity, double structuralModularity, double icp, double bcp, double ned,
            double ifn) {
    }

    @JsonPropertyOrder({"name", "types", "tables", "entryPoints", "metrics"})
    record Service(String name, List<String> types, List<String> tables, List<EntryPointJson> entryPoints,
            ServiceMetricsJson metrics) {
    }

    @JsonPropertyOrder({"types", "loc", "callsIn", "callsOut", "interfaceTypes"})
    record ServiceMetricsJson(int types, long loc, long callsIn, long callsOut, int interfaceTypes) {
    }

    @JsonPropertyOrder({"path", "sourceRoots"})
    record Input(String path, List<String> sourceRoots) {
    }

    @JsonPropertyOrder({"type", "kind", "detail"})
    record EntryPointJson(String type, String kind, String detail) {
    }

    @JsonPropertyOrder({"types", "reason"})
    record SharedKernel(List<String> types, String reason) {
    }

    @JsonPropertyOrder({"table", "services"})
    record SharedTable(String table, List<String> services) {
    }

    @JsonPropertyOrder({"file", "line", "severity", "message"})
    record DiagnosticJson(String file, int line, String severity, String message) {
    }
}
