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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a call or method reference found on a recorded line is made on the callee: a
 * call by symbol resolution when the sources carry a type solver, or, as a method
 * reference always, by the declared type of the variable or field it is made on.
 */
final class CalleeMatch {

    private final ResolvedCalls resolved = new ResolvedCalls();

    /**
     * Whether the call is made on the callee: the callee declares the method, or the call
     * is made on an object declared of the callee's type that inherits it.
     */
    boolean targets(MethodCallExpr call, String callee) {
        boolean byResolution = resolved.declaringType(call)
            .map(type -> type.equals(callee) || type.startsWith(callee + "."))
            .orElse(false);
        return byResolution || call.getScope().map(scope -> onDeclaredType(call, scope, callee)).orElse(false);
    }

    /** Whether the method reference is made on the callee. */
    boolean targets(MethodReferenceExpr reference, String callee) {
        return onDeclaredType(reference, reference.getScope(), callee);
    }

    /**
     * Whether the scope names the callee, or a variable, parameter or field declared of
     * its type.
     */
    private static boolean onDeclaredType(Node site, Expression scope, String callee) {
        String simple = simpleName(callee);
        return scopeName(scope)
            .map(name -> name.equals(simple) || declaredType(site, name).map(simple::equals).orElse(false))
            .orElse(false);
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
