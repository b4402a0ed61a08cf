package dev.ficus.analyzer.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data {@code report.html} draws, derived from the analysis document: groups (the
 * candidate services, then the shared kernel and any other group), every type with the
 * pull of each group on it, the dependencies between types, the crossings of each service
 * split into incoming and outgoing, and the package each type sits in for the
 * side-by-side view.
 */
final class ReportPage {

    /**
     * Dependencies crossing a boundary listed per service and direction, heaviest first.
     */
    static final int MAX_CROSSING = 200;

    /** Diagnostics listed in the page; all of them are in {@code analysis.json}. */
    static final int MAX_DIAGNOSTICS = 500;

    /** Groups listed in a type's pull, heaviest first. */
    static final int MAX_PULL = 4;

    private ReportPage() {
    }

    static Page of(AnalysisDocument document) {
        List<String> groups = groups(document);
        Map<String, Integer> groupIndex = indexOf(groups);
        List<AnalysisDocument.TypeInfo> types = document.types();
        Map<String, Integer> typeIndex = indexOf(types.stream().map(AnalysisDocument.TypeInfo::name).toList());
        Packages packages = Packages.of(types.stream().map(AnalysisDocument.TypeInfo::name).toList());
        List<Map<Integer, Double>> pull = new ArrayList<>();
        types.forEach(type -> pull.add(new HashMap<>()));
        List<Edge> edges = new ArrayList<>();
        Map<String, List<Crossing>> outgoing = new HashMap<>();
        Map<String, List<Crossing>> incoming = new HashMap<>();
        for (AnalysisDocument.DependencyInfo dependency : document.dependencies()) {
            Integer from = typeIndex.get(dependency.source());
            Integer to = typeIndex.get(dependency.target());
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            edges.add(new Edge(from, to, round(dependency.weight())));
            String fromGroup = types.get(from).group();
            String toGroup = types.get(to).group();
            pull.get(from).merge(positionOf(groupIndex, toGroup), dependency.weight(), Double::sum);
            pull.get(to).merge(positionOf(groupIndex, fromGroup), dependency.weight(), Double::sum);
            if (!fromGroup.equals(toGroup)) {
                Crossing crossing = new Crossing(from, to, positionOf(groupIndex, toGroup),
                        positionOf(groupIndex, fromGroup), dependency.count("call"), round(dependency.weight()));
                outgoing.computeIfAbsent(fromGroup, g -> new ArrayList<>()).add(crossing);
                incoming.computeIfAbsent(toGroup, g -> new ArrayList<>()).add(crossing);
            }
        }
        List<TypeView> typeViews = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            AnalysisDocument.TypeInfo type = types.get(i);
            typeViews.add(new TypeView(type.name(), positionOf(groupIndex, type.group()), packages.indexOf(type.name()),
                    type.kind(), type.loc(), Evidences.why(type), type.evidence().tables(),
                    type.evidence().entryPoints(), pulls(pull.get(i))));
        }
        List<ServiceView> services = document.services()
            .stream()
            .map(service -> ServiceView.of(service, incoming.getOrDefault(service.name(), List.of()),
                    outgoing.getOrDefault(service.name(), List.of())))
            .toList();
        return new Page(document.input().path(), document.stats(),
                List.of(Metric.values())
                    .stream()
                    .map(m -> new MetricView(m.title(), m.valueOf(document.metrics()), m.better(), m.meaning()))
                    .toList(),
                groups, services, typeViews, edges, packages.names(), document.sharedKernel(), document.platform(),
                document.sharedTables(), document.diagnostics().stream().limit(MAX_DIAGNOSTICS).toList(),
                document.diagnostics().size());
    }

    /** The services in document order, then every other group a type sits in, sorted. */
    private static List<String> groups(AnalysisDocument document) {
        List<String> groups = new ArrayList<>(
                document.services().stream().map(AnalysisDocument.Service::name).toList());
        document.types()
            .stream()
            .map(AnalysisDocument.TypeInfo::group)
            .filter(group -> !groups.contains(group))
            .distinct()
            .sorted()
            .forEach(groups::add);
        return groups;
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }

    private static int positionOf(Map<String, Integer> index, String name) {
        return Objects.requireNonNull(index.get(name), () -> "not listed: " + name);
    }

    private static List<Pull> pulls(Map<Integer, Double> weights) {
        return weights.entrySet()
            .stream()
            .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(MAX_PULL)
            .map(e -> new Pull(e.getKey(), round(e.getValue())))
            .toList();
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    @JsonPropertyOrder({ "title", "stats", "metrics", "groups", "services", "types", "edges", "packages", "kernel",
            "platform", "sharedTables", "diagnostics", "diagnosticsTotal" })
    record Page(String title, AnalysisDocument.Stats stats, List<MetricView> metrics, List<String> groups,
            List<ServiceView> services, List<TypeView> types, List<Edge> edges, List<String> packages,
            AnalysisDocument.SharedKernel kernel, AnalysisDocument.SharedKernel platform,
            List<AnalysisDocument.SharedTable> sharedTables, List<AnalysisDocument.DiagnosticInfo> diagnostics,
            int diagnosticsTotal) {
    }

    @JsonPropertyOrder({ "title", "value", "better", "meaning" })
    record MetricView(String title, double value, String better, String meaning) {
    }

    @JsonPropertyOrder({ "name", "tables", "entryPoints", "metrics", "incoming", "incomingOmitted", "outgoing",
            "outgoingOmitted" })
    record ServiceView(String name, List<String> tables, List<AnalysisDocument.EntryPointInfo> entryPoints,
            AnalysisDocument.ServiceFigures metrics, List<Crossing> incoming, int incomingOmitted,
            List<Crossing> outgoing, int outgoingOmitted) {

        static ServiceView of(AnalysisDocument.Service service, List<Crossing> incoming, List<Crossing> outgoing) {
            return new ServiceView(service.name(), service.tables(), service.entryPoints(), service.metrics(),
                    heaviest(incoming), Math.max(0, incoming.size() - MAX_CROSSING), heaviest(outgoing),
                    Math.max(0, outgoing.size() - MAX_CROSSING));
        }

        private static List<Crossing> heaviest(List<Crossing> crossings) {
            return crossings.stream()
                .sorted(Comparator.comparingDouble(Crossing::weight)
                    .reversed()
                    .thenComparingInt(Crossing::from)
                    .thenComparingInt(Crossing::to))
                .limit(MAX_CROSSING)
                .toList();
        }
    }

    /**
     * A type: {@code group} and {@code pkg} index {@link Page#groups()} and
     * {@link Page#packages()}; {@code pull} is the dependency weight (both ways) joining
     * it to each group, heaviest first.
     */
    @JsonPropertyOrder({ "name", "group", "pkg", "kind", "loc", "why", "tables", "entryPoints", "pull" })
    record TypeView(String name, int group, int pkg, String kind, int loc, String why, List<String> tables,
            List<String> entryPoints, List<Pull> pull) {
    }

    /** Dependency weight joining a type to a group, written {@code [group, weight]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "group", "weight" })
    record Pull(int group, double weight) {
    }

    /**
     * A dependency between two types (indexes into {@link Page#types()}), written
     * {@code [source, target, weight]} to keep big reports small.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "source", "target", "weight" })
    record Edge(int source, int target, double weight) {
    }

    /**
     * A dependency crossing a boundary between types (indexes into {@link Page#types()})
     * of two groups (indexes into {@link Page#groups()}), written
     * {@code [from, to, toGroup, fromGroup, calls, weight]}.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({ "from", "to", "toGroup", "fromGroup", "calls", "weight" })
    record Crossing(int from, int to, int toGroup, int fromGroup, int calls, double weight) {
    }

    /**
     * The packages types sit in, cut one level below the package all of them share (so
     * {@code com.acme.shop.orders.web.X} counts for {@code com.acme.shop.orders}).
     */
    record Packages(List<String> names, Map<String, Integer> index, int depth) {

        static Packages of(List<String> types) {
            List<String[]> packages = types.stream().map(Packages::segments).toList();
            int common = packages.isEmpty() ? 0 : packages.get(0).length;
            for (String[] segments : packages) {
                common = Math.min(common, sharedPrefix(packages.get(0), segments));
            }
            int depth = common + 1;
            Map<String, Integer> index = new LinkedHashMap<>();
            types.stream()
                .map(type -> cut(type, depth))
                .distinct()
                .sorted()
                .forEach(name -> index.put(name, index.size()));
            return new Packages(List.copyOf(index.keySet()), index, depth);
        }

        int indexOf(String type) {
            return positionOf(index, cut(type, depth));
        }

        private static String cut(String type, int depth) {
            String[] segments = segments(type);
            return segments.length == 0 ? "(default package)"
                    : String.join(".", List.of(segments).subList(0, Math.min(depth, segments.length)));
        }

        private static String[] segments(String type) {
            int dot = type.lastIndexOf('.');
            return dot < 0 ? new String[0] : type.substring(0, dot).split("\\.");
        }

        private static int sharedPrefix(String[] a, String[] b) {
            int i = 0;
            while (i < a.length && i < b.length && a[i].equals(b[i])) {
                i++;
            }
            return i;
        }
    }

}
