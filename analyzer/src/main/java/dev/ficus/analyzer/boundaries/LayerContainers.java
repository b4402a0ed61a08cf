package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells a package that holds layers from a feature: most of its types sit in features
 * below sub-packages named after layers ({@code store.api.customer},
 * {@code store.controller.order}), and its module holds code outside it. Such a package
 * is a tier of its module (its web tier, say), whatever its own name, so it is no
 * feature: taken as one, it weighed every controller's dependency on every other up and
 * made one candidate of all the endpoints. A package that is its whole module keeps being
 * a feature: the module's boundary is the team's own, and deployables are kept apart
 * anyway.
 */
final class LayerContainers {

    private final NavigableMap<String, Integer> typesByPackage = new TreeMap<>();

    private final Map<String, String> moduleByPackage = new TreeMap<>();

    LayerContainers(CodeGraph code) {
        for (TypeNode type : code.types().values()) {
            typesByPackage.merge(type.packageName(), 1, Integer::sum);
            moduleByPackage.putIfAbsent(type.packageName(), DeployableModules.moduleOf(type));
        }
    }

    /**
     * Whether more than half of the types below a package lie in packages below its layer
     * sub-packages while its module holds other packages too.
     */
    boolean holdsLayers(String packageName) {
        String prefix = packageName + ".";
        Map<String, Integer> below = typesByPackage.subMap(prefix, prefix + Character.MAX_VALUE);
        int total = typesByPackage.getOrDefault(packageName, 0);
        int layered = 0;
        Set<String> modules = new HashSet<>();
        if (typesByPackage.containsKey(packageName)) {
            modules.add(moduleByPackage.get(packageName));
        }
        for (Map.Entry<String, Integer> entry : below.entrySet()) {
            total += entry.getValue();
            modules.add(moduleByPackage.get(entry.getKey()));
            String[] segments = entry.getKey().substring(prefix.length()).split("\\.");
            // features below the layers (store.controller.customer): a feature with its
            // own api and internal packages keeps being one
            if (segments.length > 1 && PackagePrior.LAYER_WORDS.contains(segments[0].toLowerCase(Locale.ROOT))) {
                layered += entry.getValue();
            }
        }
        return 2 * layered > total && moduleByPackage.entrySet()
            .stream()
            .anyMatch(other -> !other.getKey().equals(packageName) && !other.getKey().startsWith(prefix)
                    && modules.contains(other.getValue()));
    }

}
