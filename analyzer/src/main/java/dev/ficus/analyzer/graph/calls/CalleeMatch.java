package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a call or method reference found on a recorded line is made on the callee: a
 * call by symbol resolution when the sources carry a type solver, or, as a method
 * reference always, by the declared type of the variable or field it is made on.
 */
final class CalleeMatch {

    private final ResolvedCalls resolved = new ResolvedCalls();

    private final SourceIndex index;

    private final Map<String, Set<String>> inherited = new HashMap<>();

    CalleeMatch(SourceIndex index) {
        this.index = index;
    }

    /**
     * Whether the call is made on the callee: the callee declares the method, or the
     * callee inherits it from a supertype the sources declare and the call is made on an
     * object of the callee's type (as declared, or, for a chain or a {@code var}, as the
     * graph found it).
     */
    boolean targets(MethodCallExpr call, String callee) {
        Optional<String> declaring = resolved.declaringType(call);
        if (declaring.isEmpty()) {
            return call.getScope().flatMap(scope -> onDeclaredType(call, scope, callee)).orElse(false);
        }
        String type = declaring.get();
        if (type.equals(callee) || type.startsWith(callee + ".")) {
            return true;
        }
        return inheritedBy(callee).contains(type) && call.getScope()
            .filter(scope -> !scope.isThisExpr() && !scope.isSuperExpr())
            .map(scope -> onDeclaredType(call, scope, callee).orElse(true))
            .orElse(false);
    }

    /** Whether the method reference is made on the callee. */
    boolean targets(MethodReferenceExpr reference, String callee) {
        return onDeclaredType(reference, reference.getScope(), callee).orElse(false);
    }

    /**
     * The supertypes the sources declare of the callee and of the types nested in it (the
     * graph folds a nested type into its top-level one).
     */
    private Set<String> inheritedBy(String callee) {
        return inherited.computeIfAbsent(callee, type -> Stream
            .concat(Stream.of(type), index.nestedTypeNames().stream().filter(nested -> nested.startsWith(type + ".")))
            .flatMap(name -> index.type(name).stream())
            .flatMap(declaration -> Supertypes.of(declaration, index).nearestFirst().stream().skip(1))
            .flatMap(bound -> bound.type().getFullyQualifiedName().stream())
            .collect(Collectors.toSet()));
    }

    /**
     * Whether the scope names the callee, or a variable, parameter or field declared of
     * its type; empty when the syntax cannot tell (a chain, a {@code var}).
     */
    private static Optional<Boolean> onDeclaredType(Node site, Expression scope, String callee) {
        String simple = simpleName(callee);
        return scopeName(scope).flatMap(name -> name.equals(simple) ? Optional.of(true)
                : declaredType(site, name).filter(type -> !type.equals("var")).map(simple::equals));
    }

    private static Optional<String> scopeName(Expression scope) {
        Optional<String> simple = simpleScopeName(scope);
        if (simple.isPresent()) {
            return simple;
        }
        if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
            return Optional.of(scope.asFieldAccessExpr().getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * The one name a call is made on: a variable or a type, as in {@code stock.take(1)},
     * {@code stock::take} (which JavaParser reads as a type name) or
     * {@code Stock.empty()}.
     */
    static Optional<String> simpleScopeName(Expression scope) {
        if (scope.isNameExpr()) {
            return Optional.of(scope.asNameExpr().getNameAsString());
        }
        if (scope.isTypeExpr() && scope.asTypeExpr().getType() instanceof ClassOrInterfaceType type
                && type.getScope().isEmpty() && type.getTypeArguments().isEmpty()) {
            return Optional.of(type.getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * Simple name of the declared type of a variable, parameter or field visible from the
     * call, innermost first.
     */
    private static Optional<String> declaredType(Node call, String name) {
        Stream<Type> parameters = call.findAncestor(CallableDeclaration.class)
            .stream()
            .flatMap(callable -> ((CallableDeclaration<?>) callable).getParameters().stream())
            .filter(parameter -> parameter.getNameAsString().equals(name))
            .map(Parameter::getType);
        Stream<Type> variables = call.findAncestor(TypeDeclaration.class)
            .stream()
            .flatMap(type -> ((TypeDeclaration<?>) type).findAll(VariableDeclarator.class).stream())
            .filter(variable -> variable.getNameAsString().equals(name))
            .map(VariableDeclarator::getType);
        return Stream.concat(parameters, variables)
            .findFirst()
            .map(type -> simpleName(type.asString().replaceAll("<.*>", "")));
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

}
