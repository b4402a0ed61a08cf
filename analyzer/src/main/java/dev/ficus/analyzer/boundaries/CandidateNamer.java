package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Names candidate services after what dominates them, in this order: the package segment
 * most of their types share below the code's common root package (unless it names a
 * layer, such as {@code repository}), the first word of their HTTP paths
 * ({@code /api/orders} gives {@code orders}), their handlers' names, their most used
 * table, their own application class, and last the most connected type. A servlet filter
 * names nothing: it wraps every feature's requests. Only the first still reads well on
 * code whose packages carry no meaning; paths and tables survive obfuscation, so they
 * come next.
 */
final class CandidateNamer {

    private static final Pattern TECHNICAL_SUFFIX = Pattern.compile(
            "(Controller|Resource|Servlet|Endpoint|ServiceImpl|Service|Impl|Repository|Dao|Bean|Manager|Application|"
                    + "Management|Facade|Entity|Listener|Handler|Action|Factory|Builder|Provider|Adapter|Assembler|Mapper|"
                    + "Converter)$");

    private final CodeGraph code;

    private final Graph<String, DefaultWeightedEdge> graph;

    /**
     * Where features start: each package tree (a deployable, usually) has its own root,
     * as in {@link PackagePrior}.
     */
    private final FeatureRoots roots;

    private final TableNames tableNames;

    private final LayerContainers layers;

    CandidateNamer(CodeGraph code, Graph<String, DefaultWeightedEdge> graph) {
        this.code = code;
        this.graph = graph;
        this.roots = new FeatureRoots(code);
        this.layers = new LayerContainers(code);
        this.tableNames = new TableNames(code.tablesByType().values().stream().flatMap(Set::stream).toList());
    }

    /** One unique name per cluster, in cluster order. */
    List<String> name(List<SortedSet<String>> clusters) {
        PathWords paths = new PathWords(code, clusters);
        String[] names = new String[clusters.size()];
        // the platform's group in the analysis document: no candidate may read as it
        Set<String> taken = new HashSet<>(Set.of(AnalysisDocument.PLATFORM));
        // larger clusters choose first, so the main cluster of a package gets the plain
        // name
        IntStream.range(0, clusters.size())
            .boxed()
            .sorted(Comparator.comparingInt((Integer k) -> -clusters.get(k).size()).thenComparing(k -> k))
            .forEach(k -> {
                List<String> options = choices(clusters.get(k), paths);
                String name = options.stream()
                    .filter(o -> !taken.contains(o))
                    .findFirst()
                    .orElseGet(() -> numbered(options.get(0), taken));
                taken.add(name);
                names[k] = name;
            });
        return List.of(names);
    }

    private List<String> choices(SortedSet<String> cluster, PathWords paths) {
        List<String> result = Stream
            .of(packageSegment(cluster), pathWord(cluster, paths), handlerName(cluster), table(cluster),
                    applicationName(cluster))
            .flatMap(Optional::stream)
            .map(CandidateNamer::normalise)
            .filter(n -> !n.isEmpty() && !paths.namesAnApplication(n))
            .distinct()
            .toList();
        List<String> withFallback = new ArrayList<>(result);
        withFallback.add(normalise(withoutTechnicalSuffixes(simpleName(centralType(cluster)))));
        withFallback.removeIf(String::isEmpty);
        if (withFallback.isEmpty()) {
            withFallback.add("service");
        }
        return withFallback;
    }

    private Optional<String> packageSegment(SortedSet<String> cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String type : cluster) {
            String[] segments = packageOf(type).split("\\.");
            int root = roots.depthOf(packageOf(type));
            if (segments.length > root && !segments[root].isEmpty()
                    && !PackagePrior.LAYER_WORDS.contains(segments[root].toLowerCase(Locale.ROOT))
                    && !layers.holdsLayers(String.join(".", Arrays.copyOf(segments, root + 1)))) {
                counts.merge(segments[root], 1, Integer::sum);
            }
        }
        return dominant(counts).filter(segment -> 2 * counts.getOrDefault(segment, 0) >= cluster.size());
    }

    private Optional<String> pathWord(SortedSet<String> cluster, PathWords paths) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EntryPoint entryPoint : code.entryPoints()) {
            if (cluster.contains(entryPoint.type()) && PathWords.named(entryPoint)) {
                paths.word(entryPoint)
                    .map(CandidateNamer::normalise)
                    .ifPresent(word -> counts.merge(word, 1, Integer::sum));
            }
        }
        // a tie goes to the word one of the cluster's tables says too (role, not index)
        Set<String> tableWords = tableWords(cluster);
        return counts.entrySet()
            .stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(entry -> tableWords.contains(singular(entry.getKey())))
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    }

    private Set<String> tableWords(SortedSet<String> cluster) {
        Set<String> result = new HashSet<>();
        code.tablesByType().forEach((type, tables) -> {
            if (cluster.contains(type)) {
                tables.forEach(table -> Stream.of(normalise(tableNames.feature(table)).split("-"))
                    .map(CandidateNamer::singular)
                    .forEach(result::add));
            }
        });
        return result;
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The dominant name of the cluster's handler classes without their technical suffixes
     * ({@code OrderActionBean} gives {@code Order}): legacy web layers (Stripes, Struts,
     * servlets) name their handlers after the feature but map no path words to them.
     */
    private Optional<String> handlerName(SortedSet<String> cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EntryPoint entryPoint : code.entryPoints()) {
            if (cluster.contains(entryPoint.type()) && PathWords.named(entryPoint)) {
                String stem = withoutTechnicalSuffixes(simpleName(entryPoint.type()));
                if (!stem.isEmpty()) {
                    counts.merge(stem, 1, Integer::sum);
                }
            }
        }
        return dominant(counts);
    }

    /**
     * The cluster's own application class without its suffix
     * ({@code SnailJobServerApplication} gives {@code SnailJobServer}): a deployable of
     * its own that nothing else names.
     */
    private Optional<String> applicationName(SortedSet<String> cluster) {
        return code.entryPoints()
            .stream()
            .filter(entryPoint -> entryPoint.kind() == EntryPoint.Kind.MAIN && cluster.contains(entryPoint.type()))
            .map(entryPoint -> withoutTechnicalSuffixes(simpleName(entryPoint.type())))
            .filter(stem -> !stem.isEmpty())
            .sorted()
            .findFirst();
    }

    static String withoutTechnicalSuffixes(String simpleName) {
        String stem = simpleName;
        String shorter = TECHNICAL_SUFFIX.matcher(stem).replaceAll("");
        while (!shorter.equals(stem)) {
            stem = shorter;
            shorter = TECHNICAL_SUFFIX.matcher(stem).replaceAll("");
        }
        return stem;
    }

    private Optional<String> table(SortedSet<String> cluster) {
        Map<String, Integer> counts = new TreeMap<>();
        code.tablesByType().forEach((type, tables) -> {
            if (cluster.contains(type)) {
                tables.forEach(table -> counts.merge(tableNames.feature(table), 1, Integer::sum));
            }
        });
        return dominant(counts);
    }

    private String centralType(SortedSet<String> cluster) {
        return cluster.stream()
            .max(Comparator.comparingDouble(this::weightedDegree).thenComparing(Comparator.<String>reverseOrder()))
            .orElseThrow();
    }

    private double weightedDegree(String type) {
        return graph.containsVertex(type) ? graph.edgesOf(type).stream().mapToDouble(graph::getEdgeWeight).sum() : 0.0;
    }

    private static Optional<String> dominant(Map<String, Integer> counts) {
        return counts.entrySet()
            .stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    }

    private String packageOf(String type) {
        TypeNode node = code.types().get(type);
        return node == null ? "" : node.packageName();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /**
     * Lower-case words joined by '-': {@code OrderLine} and {@code order_line} both give
     * {@code order-line}.
     */
    static String normalise(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    }

    private static String numbered(String base, Set<String> taken) {
        int suffix = 2;
        while (taken.contains(base + "-" + suffix)) {
            suffix++;
        }
        return base + "-" + suffix;
    }

}
