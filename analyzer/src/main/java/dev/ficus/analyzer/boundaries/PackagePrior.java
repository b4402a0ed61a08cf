package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The package hierarchy as a prior, not as the answer: a dependency between two types of
 * the same feature weighs {@link #FACTOR_DEFAULT} times more in the clustering. A type's
 * feature is the first package segment below the root of its package tree (the common
 * prefix of the packages sharing its top-level segment, lowered into a child holding most
 * of the tree's types: {@link FeatureRoots}) unless that segment names a layer
 * ({@code web}, {@code service}, {@code domain}, {@code mapper}, ...): grouping by layer
 * says nothing about services, grouping by feature is the team's own decomposition. The
 * prior only strengthens dependencies that exist, so code in one package (or packages
 * that carry no meaning) clusters on the dependencies alone.
 */
final class PackagePrior {

    /**
     * How much more a dependency inside one feature package weighs. On the development
     * set 1 and 2 leave 7ep-demo's login classes with the persistence layer they call
     * (MoJoFM 88.37), 3 and 5 give the same clusters (93.02); the smallest value of that
     * plateau is kept. Code without feature packages is unaffected.
     */
    static final double FACTOR_DEFAULT = 3;

    static final Set<String> LAYER_WORDS = Set.of("domain", "model", "models", "entity", "entities", "dto", "dtos",
            "vo", "mapper", "mappers", "dao", "daos", "repository", "repositories", "repo", "service", "services",
            "impl", "web", "controller", "controllers", "action", "actions", "rest", "api", "resource", "resources",
            "persistence", "view", "views", "ui", "util", "utils", "helper", "helpers", "common", "commons", "core",
            "config", "configuration", "infrastructure", "internal", "adapter", "adapters", "application", "shared",
            "support", "exception", "exceptions", "mock", "mocks", "jpa", "jdbc", "mongodb", "bean", "beans", "servlet",
            "servlets", "handler", "handlers", "event", "events", "messaging", "scheduled", "interfaces",
            "presentation", "graphql", "grpc", "soap", "websocket");

    private final Map<String, String> featureOf = new TreeMap<>();

    private final double factor;

    PackagePrior(CodeGraph code, double factor) {
        this.factor = factor;
        // each top-level package tree (a deployable, usually) has a root of its own below
        // which features sit
        FeatureRoots roots = new FeatureRoots(code);
        LayerContainers containers = new LayerContainers(code);
        packageTrees(code).values().forEach(packages -> {
            for (String name : packages) {
                int root = roots.depthOf(name);
                String[] segments = name.split("\\.");
                if (segments.length > root && !LAYER_WORDS.contains(segments[root].toLowerCase(Locale.ROOT))) {
                    String feature = String.join(".", Arrays.copyOf(segments, root + 1));
                    if (!containers.holdsLayers(feature)) {
                        featureOf.put(name, feature);
                    }
                }
            }
        });
    }

    /**
     * The feature package a type belongs to (its root's child that is not a layer), if
     * any.
     */
    Optional<String> featureOf(@Nullable TypeNode type) {
        return type == null ? Optional.empty() : Optional.ofNullable(featureOf.get(type.packageName()));
    }

    /**
     * The factor for a dependency between two types: the prior's factor inside one
     * feature package, else 1.
     */
    double factor(@Nullable TypeNode source, @Nullable TypeNode target) {
        if (source == null || target == null || factor == 1) {
            return 1;
        }
        String feature = featureOf.get(source.packageName());
        return feature != null && feature.equals(featureOf.get(target.packageName())) ? factor : 1;
    }

    /**
     * The packages of the code by their top-level segment, each list in first-seen order.
     */
    static Map<String, List<String>> packageTrees(CodeGraph code) {
        Map<String, List<String>> byTop = new TreeMap<>();
        code.types()
            .values()
            .stream()
            .map(TypeNode::packageName)
            .distinct()
            .forEach(name -> byTop.computeIfAbsent(name.split("\\.")[0], top -> new ArrayList<>()).add(name));
        return byTop;
    }

    static int commonDepth(List<String> packages) {
        if (packages.isEmpty()) {
            return 0;
        }
        String[] common = packages.get(0).split("\\.");
        int depth = common.length;
        for (String name : packages) {
            String[] segments = name.split("\\.");
            int same = 0;
            while (same < Math.min(depth, segments.length) && segments[same].equals(common[same])) {
                same++;
            }
            depth = same;
        }
        return depth;
    }

}
