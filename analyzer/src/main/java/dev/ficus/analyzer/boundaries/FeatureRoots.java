package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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

    private final Map<String, Integer> depthByPackage = new TreeMap<>();

    FeatureRoots(CodeGraph code) {
        Map<String, Integer> typesByPackage = new TreeMap<>();
        code.types().values().forEach(type -> typesByPackage.merge(type.packageName(), 1, Integer::sum));
        PackagePrior.packageTrees(code)
            .values()
            .forEach(packages -> descend(packages, PackagePrior.commonDepth(packages), typesByPackage));
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
