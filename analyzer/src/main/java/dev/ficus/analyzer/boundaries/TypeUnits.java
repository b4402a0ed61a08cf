package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Types that move together: an interface and its only implementation form one unit,
 * because callers depend on the interface while the behaviour (and the data) sit in the
 * implementation; splitting them would only turn the interface into a remote stub. So do
 * an interface and its two implementations: a port with its local implementation and a
 * remote adapter (strangler style) belongs to one service. An interface with more
 * implementations is an extension point whose implementations may live anywhere, and so
 * is a library's port (see {@link #of(CodeGraph, Set)}). Every other type is a unit of
 * its own.
 */
final class TypeUnits {

    /**
     * Up to this many implementations stay with their interface: the implementation and
     * an adapter.
     */
    static final int MAX_IMPLEMENTATIONS = 2;

    private final Map<String, String> unitOf;

    private final SortedMap<String, SortedSet<String>> members;

    private TypeUnits(Map<String, String> unitOf) {
        this.unitOf = unitOf;
        SortedMap<String, SortedSet<String>> grouped = new TreeMap<>();
        unitOf.forEach((type, unit) -> grouped.computeIfAbsent(unit, u -> new TreeSet<>()).add(type));
        this.members = Collections.unmodifiableSortedMap(grouped);
    }

    static TypeUnits of(CodeGraph code) {
        return of(code, Set.of());
    }

    /**
     * The units, where the given interfaces hold no implementation with them: a library's
     * port that a business type implements stays in the library that calls it.
     */
    static TypeUnits of(CodeGraph code, Set<String> unbound) {
        Map<String, String> parent = new HashMap<>();
        code.types().keySet().forEach(type -> parent.put(type, type));
        for (TypeNode node : code.types().values()) {
            if (node.kind() != TypeNode.Kind.INTERFACE || unbound.contains(node.name())) {
                continue;
            }
            List<String> implementers = code.graph()
                .incomingEdgesOf(node.name())
                .stream()
                .filter(dependency -> dependency.count(EdgeKind.INHERITANCE) > 0)
                .map(Dependency::source)
                .toList();
            if (implementers.size() <= MAX_IMPLEMENTATIONS) {
                implementers.forEach(implementer -> union(parent, node.name(), implementer));
            }
        }
        Map<String, String> unitOf = new HashMap<>();
        code.types().keySet().forEach(type -> unitOf.put(type, find(parent, type)));
        return new TypeUnits(unitOf);
    }

    /** The unit's name: the smallest type name among its members. */
    String unitOf(String type) {
        return Objects.requireNonNull(unitOf.get(type), () -> "not an analysed type: " + type);
    }

    SortedSet<String> members(String unit) {
        return Objects.requireNonNull(members.get(unit), () -> "not a unit: " + unit);
    }

    /** All units, by name. */
    SortedMap<String, SortedSet<String>> all() {
        return members;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            // the smaller name becomes the root, so units are named the same whatever the
            // visiting order
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            }
            else {
                parent.put(rootA, rootB);
            }
        }
    }

    private static String find(Map<String, String> parent, String type) {
        String root = type;
        for (String up = parent.get(root); up != null && !up.equals(root); up = parent.get(root)) {
            root = up;
        }
        return root;
    }

}
