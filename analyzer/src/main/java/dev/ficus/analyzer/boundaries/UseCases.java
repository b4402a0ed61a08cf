package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The static use cases of a codebase for business-context purity: one per entry point,
 * holding its declaring type and every type reachable from it along dependencies. Entry
 * points of one type share one reachable set.
 */
final class UseCases {

    private UseCases() {
    }

    static List<Set<String>> of(CodeGraph code) {
        Map<String, Set<String>> reachableByType = new HashMap<>();
        List<Set<String>> result = new ArrayList<>();
        for (EntryPoint entryPoint : code.entryPoints()) {
            if (code.graph().containsVertex(entryPoint.type())) {
                result.add(reachableByType.computeIfAbsent(entryPoint.type(), type -> reachable(code, type)));
            }
        }
        return Collections.unmodifiableList(result);
    }

    private static Set<String> reachable(CodeGraph code, String start) {
        Set<String> result = new LinkedHashSet<>();
        new BreadthFirstIterator<>(code.graph(), start).forEachRemaining(result::add);
        return Collections.unmodifiableSet(result);
    }

}
