package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.List;
import java.util.Optional;

/**
 * What a call is made on, read from its syntax: a field the caller holds (a bean, in
 * Spring code), or an object it was handed, made or looked up on the way (a parameter, a
 * local variable, the result of another call), or a type (a static call). Only the first
 * is a dependency a service could serve over HTTP; the others run wherever their object
 * or class is.
 */
final class CallReceiver {

    private static final String FIELD = AnalysisDocument.CallSite.ON_FIELD;

    private static final String PARAMETER = AnalysisDocument.CallSite.ON_PARAMETER;

    private static final String LOCAL = AnalysisDocument.CallSite.ON_LOCAL;

    private static final String RESULT = AnalysisDocument.CallSite.ON_RESULT;

    private static final String TYPE = AnalysisDocument.CallSite.ON_TYPE;

    private CallReceiver() {
    }

    /** The kind of the call's receiver, one of {@link AnalysisDocument.CallSite}'s. */
    static String of(MethodCallExpr call) {
        return of(call, call.getScope());
    }

    /**
     * The kind of the receiver of a call or method reference made at {@code site} on
     * {@code scope} (none: on {@code this}).
     */
    static String of(Node site, Optional<Expression> scope) {
        if (scope.isEmpty() || scope.get().isThisExpr() || scope.get().isSuperExpr()) {
            return FIELD;
        }
        if (scope.get().isFieldAccessExpr()) {
            var access = scope.get().asFieldAccessExpr();
            return access.getScope().isThisExpr() ? FIELD
                    : Character.isUpperCase(access.getNameAsString().charAt(0)) ? TYPE : RESULT;
        }
        Optional<String> name = CalleeMatch.simpleScopeName(scope.get());
        if (name.isEmpty()) {
            return RESULT;
        }
        return declaredAround(site, name.get()).orElse(Character.isUpperCase(name.get().charAt(0)) ? TYPE : FIELD);
    }

    /**
     * How a name is declared in the methods and lambdas around the call, empty when it is
     * not (a field, or a type).
     */
    private static Optional<String> declaredAround(Node call, String name) {
        Optional<Node> parent = call.getParentNode();
        while (parent.isPresent() && !(parent.get() instanceof TypeDeclaration<?>)) {
            Node node = parent.get();
            if (node instanceof LambdaExpr lambda && named(lambda.getParameters(), name)) {
                return Optional.of(PARAMETER);
            }
            if (node instanceof CallableDeclaration<?> callable) {
                if (named(callable.getParameters(), name)) {
                    return Optional.of(callable.isMethodDeclaration() ? PARAMETER : FIELD);
                }
                return declaresLocal(callable, name) ? Optional.of(LOCAL) : Optional.empty();
            }
            parent = node.getParentNode();
        }
        return Optional.empty();
    }

    private static boolean declaresLocal(Node body, String name) {
        return body.findFirst(VariableDeclarator.class, variable -> variable.getNameAsString().equals(name)).isPresent()
                || body.findFirst(TypePatternExpr.class, pattern -> pattern.getNameAsString().equals(name)).isPresent();
    }

    private static boolean named(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(parameter -> parameter.getNameAsString().equals(name));
    }

}
