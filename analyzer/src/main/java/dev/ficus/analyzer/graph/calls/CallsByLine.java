package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each file's method calls and method references ({@code deptService::selectDeptById}) by
 * line, in the order a walk of the tree meets them: built once per file, since a file
 * holds many of the recorded locations.
 */
final class CallsByLine {

    private final SourceIndex index;

    private final Map<String, Map<Integer, List<MethodCallExpr>>> calls = new HashMap<>();

    private final Map<String, Map<Integer, List<MethodReferenceExpr>>> references = new HashMap<>();

    CallsByLine(SourceIndex index) {
        this.index = index;
    }

    /**
     * The method calls starting on the location's line; none when the file was not read.
     */
    List<MethodCallExpr> calls(SourceLocation location) {
        return calls
            .computeIfAbsent(location.file(),
                    path -> index.file(path).map(unit -> byLine(unit, MethodCallExpr.class)).orElse(Map.of()))
            .getOrDefault(location.line(), List.of());
    }

    /** The method references starting on the location's line. */
    List<MethodReferenceExpr> references(SourceLocation location) {
        return references
            .computeIfAbsent(location.file(),
                    path -> index.file(path).map(unit -> byLine(unit, MethodReferenceExpr.class)).orElse(Map.of()))
            .getOrDefault(location.line(), List.of());
    }

    private static <T extends Node> Map<Integer, List<T>> byLine(CompilationUnit unit, Class<T> kind) {
        Map<Integer, List<T>> byLine = new HashMap<>();
        for (T node : unit.findAll(kind)) {
            node.getBegin().ifPresent(begin -> byLine.computeIfAbsent(begin.line, line -> new ArrayList<>()).add(node));
        }
        return byLine;
    }

}
