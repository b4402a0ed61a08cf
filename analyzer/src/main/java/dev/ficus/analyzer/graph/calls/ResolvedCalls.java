package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The type declaring each call's method, as symbol resolution finds it, resolved once per
 * call: a line is asked once for each callee the graph recorded there, and resolving is
 * the costly part.
 */
final class ResolvedCalls {

    /** By identity: JavaParser's nodes are equal when their text is. */
    private final Map<MethodCallExpr, Optional<String>> declaringTypes = new IdentityHashMap<>();

    /** Empty when the sources carry no type solver or the call does not resolve. */
    Optional<String> declaringType(MethodCallExpr call) {
        return declaringTypes.computeIfAbsent(call, ResolvedCalls::resolve);
    }

    private static Optional<String> resolve(MethodCallExpr call) {
        boolean solvable = call.findCompilationUnit()
            .map(unit -> unit.containsData(Node.SYMBOL_RESOLVER_KEY))
            .orElse(false);
        if (!solvable) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.resolve().declaringType().getQualifiedName());
        }
        catch (RuntimeException | StackOverflowError e) {
            // an unresolvable call is common in real code; the declared-type match still
            // applies
            return Optional.empty();
        }
    }

}
