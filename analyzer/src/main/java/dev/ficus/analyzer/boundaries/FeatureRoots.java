package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where features start in each package tree: the root below which a package's first
 * segment names its feature. A tree's root is the common prefix of the packages sharing
 * its top-level segment; it then descends into a child that is not a layer and holds more
 * than half of the tree's types, again and again. A child holding most of the code is the
 * application (a project name next to a small tool, {@code org.example.shop} beside
 * {@code org.example.tools}) or a container ({@code modules}), not one of its features:
 * taken as a feature, it weighs every dependency of most of the code up and its name goes
 * to one catch-all candidate. Its siblings keep the upper root.
 */
final class FeatureRoots {

    /** A child divided into at least this many layers is a feature of its own. */
    static final int MIN_CHILD_LAYERS = 2;

    /** A package with at least this many such children is a container of features. */
    static final int MIN_CONTAINED_FEATURES = 3;

    private final Map<String, Integer> depthByPackage = new TreeMap<>();

    FeatureRoots(CodeGraph code) {
        Map<String, Integer> typesByPackage = new TreeMap<>();
        code.types().values().forEach(type -> typesByPackage.merge(type.packageName(), 1, Integer::sum));
        PackagePrior.packageTrees(code)
            .values()
            .forEach(packages -> descend(packages, PackagePrior.commonDepth(packages), typesByPackage));
        lowerIntoContainedFeatures(code, typesByPackage.keySet());
    }

    /**
     * A feature package whose children are features themselves is a container, and its
     * children are the features below it (apache/fineract's {@code portfolio} holds
     * {@code loanaccount}, {@code savings}, {@code client}, ... each with its own
     * {@code api}, {@code service} and {@code domain}): taken as one feature, it made one
     * candidate of 62 % of the lines. A child is a feature when it is divided into layers
     * of its own and keeps tables of its own: a framework's starters
     * ({@code framework.cache.core}, {@code .config}) keep none, nor do the feature
     * folders of a web tier ({@code web.order.controller}, {@code .dto}) in code packaged
     * by layer, whose tables its {@code repository} layer keeps.
     */
    private void lowerIntoContainedFeatures(CodeGraph code, Set<String> packages) {
        Map<String, Set<String>> layersByChild = new TreeMap<>();
        for (String name : packages) {
            String[] segments = name.split("\\.");
            int root = depthOf(name);
            if (segments.length > root + 2 && !layer(segments[root + 1]) && layer(segments[root + 2])) {
                layersByChild.computeIfAbsent(prefix(segments, root + 2), child -> new TreeSet<>())
                    .add(segments[root + 2].toLowerCase(Locale.ROOT));
            }
        }
        NavigableSet<String> keepingTables = new TreeSet<>();
        code.tablesByType().keySet().forEach(type -> keepingTables.add(type.substring(0, type.lastIndexOf('.') + 1)));
        Map<String, Integer> featuresByContainer = new TreeMap<>();
        layersByChild.forEach((child, layers) -> {
            String below = keepingTables.ceiling(child + ".");
            if (layers.size() >= MIN_CHILD_LAYERS && below != null && below.startsWith(child + ".")) {
                featuresByContainer.merge(child.substring(0, child.lastIndexOf('.')), 1, Integer::sum);
            }
        });
        for (String name : packages) {
            String[] segments = name.split("\\.");
            int root = depthOf(name);
            if (segments.length > root + 1
                    && featuresByContainer.getOrDefault(prefix(segments, root + 1), 0) >= MIN_CONTAINED_FEATURES) {
                depthByPackage.put(name, root + 1);
            }
        }
    }

    private static boolean layer(String segment) {
        return PackagePrior.LAYER_WORDS.contains(segment.toLowerCase(Locale.ROOT));
    }

    private static String prefix(String[] segments, int length) {
        return String.join(".", Arrays.copyOf(segments, length));
    }

    /** Depth of the root below which the given package's feature segment sits. */
    int depthOf(String packageName) {
        return depthByPackage.getOrDefault(packageName, 0);
    }

    private void descend(List<String> packages, int root, Map<String, Integer> typesByPackage) {
        Map<String, Integer> typesByChild = new TreeMap<>();
        int total = 0;
        for (String name : packages) {
            int types = typesByPackage.getOrDefault(name, 0);
            total += types;
            String[] segments = name.split("\\.");
            if (segments.length > root) {
                typesByChild.merge(segments[root], types, Integer::sum);
            }
        }
        String dominant = null;
        for (Map.Entry<String, Integer> child : typesByChild.entrySet()) {
            if (2 * child.getValue() > total
                    && !PackagePrior.LAYER_WORDS.contains(child.getKey().toLowerCase(Locale.ROOT))) {
                dominant = child.getKey();
            }
        }
        for (String name : packages) {
            String[] segments = name.split("\\.");
            if (dominant == null || segments.length <= root || !segments[root].equals(dominant)) {
                depthByPackage.put(name, root);
            }
        }
        if (dominant != null) {
            String child = dominant;
            descend(packages.stream().filter(name -> {
                String[] segments = name.split("\\.");
                return segments.length > root && segments[root].equals(child);
            }).toList(), root + 1, typesByPackage);
        }
    }

}
