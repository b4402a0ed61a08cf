package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Generic helpers ({@code *Util}, {@code *Helper}, or any class of static methods only)
 * that code of two or more clusters uses: a library the services share, not one
 * candidate's code. A helper leaves its cluster with what it needs there when that is a
 * value (an enum, a record), an annotation, another helper or a framework adapter (a
 * static bean holder implementing {@code ApplicationContextAware}); a helper that needs
 * anything else, a domain type above all, stays.
 */
final class SharedHelpers {

    static final Pattern HELPER_NAME = Pattern.compile(".*(Helper|Helpers|Util|Utils|Utility|Utilities)");

    private final CodeGraph code;

    private final Map<String, Integer> clusterOf = new HashMap<>();

    SharedHelpers(CodeGraph code, List<? extends Set<String>> clusters) {
        this.code = code;
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clusterOf.put(type, k);
            }
        }
    }

    /** The helpers that leave their clusters, with what they take along. */
    SortedSet<String> find() {
        SortedSet<String> moving = new TreeSet<>();
        clusterOf.keySet().stream().filter(this::sharedHelper).forEach(moving::add);
        Deque<String> open = new ArrayDeque<>(moving);
        while (!open.isEmpty()) {
            for (String needed : clusteredTargets(open.pop())) {
                if (!moving.contains(needed) && takenAlong(needed)) {
                    moving.add(needed);
                    open.push(needed);
                }
            }
        }
        boolean pruned = true;
        while (pruned) {
            pruned = moving.removeIf(type -> !moving.containsAll(clusteredTargets(type)));
            pruned |= moving.removeIf(type -> !sharedHelper(type) && !neededBy(type, moving));
        }
        return moving;
    }

    private boolean sharedHelper(String name) {
        TypeNode type = code.types().get(name);
        return type != null && helper(type) && servesNothing(name) && userClusters(name) >= 2;
    }

    /**
     * Whether a type is a generic helper: by its name, or by being a class of static
     * methods only.
     */
    static boolean helper(TypeNode type) {
        return HELPER_NAME.matcher(type.simpleName()).matches() || type.utilityClass();
    }

    /**
     * What a helper may take along: a value, an annotation, a helper or a framework
     * adapter.
     */
    private boolean takenAlong(String name) {
        TypeNode type = code.types().get(name);
        if (type == null || !servesNothing(name)) {
            return false;
        }
        return type.kind() == TypeNode.Kind.ENUM || type.kind() == TypeNode.Kind.RECORD
                || type.kind() == TypeNode.Kind.ANNOTATION || helper(type) || !type.libraryInterfaces().isEmpty();
    }

    /**
     * No request, message or schedule reaches it (a tool's {@code main} may), no table.
     */
    private boolean servesNothing(String name) {
        return code.entryPointsByType()
            .getOrDefault(name, List.of())
            .stream()
            .allMatch(entryPoint -> entryPoint.kind() == EntryPoint.Kind.MAIN)
                && !code.tablesByType().containsKey(name);
    }

    private boolean neededBy(String name, Set<String> moving) {
        return code.graph().incomingEdgesOf(name).stream().map(Dependency::source).anyMatch(moving::contains);
    }

    private long userClusters(String name) {
        return code.graph()
            .incomingEdgesOf(name)
            .stream()
            .map(dependency -> clusterOf.get(dependency.source()))
            .filter(cluster -> cluster != null)
            .distinct()
            .count();
    }

    private Set<String> clusteredTargets(String name) {
        Set<String> targets = new TreeSet<>();
        code.graph()
            .outgoingEdgesOf(name)
            .stream()
            .map(Dependency::target)
            .filter(clusterOf::containsKey)
            .forEach(targets::add);
        return targets;
    }

}
