package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.type.Type;
import dev.ficus.analyzer.graph.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the call sites the graph recorded as {@code file:line}: which method of the callee is called there and
 * whether the caller uses its result, and what that method declares (parameters, return type).
 * <p>
 * A call is matched to the callee by symbol resolution when the sources carry a type solver, else by the declared
 * type of the variable or field the method is called on.
 */
final class CallSites {

    private final SourceIndex index;

    CallSites(SourceIndex index) {
        this.index = index;
    }

    /**
     * A call found at a location.
     *
     * @param method the called method's name
     * @param arguments number of arguments
     * @param resultUsed whether the returned value is used
     */
    record Call(String method, int arguments, boolean resultUsed) {
    }

    /** The calls to {@code callee} at the location, empty when the location holds none (e.g. a field type). */
    List<Call> callsAt(SourceLocation location, String callee) {
        Optional<CompilationUnit> unit = index.file(location.file());
        if (unit.isEmpty()) {
            return List.of();
        }
        return unit.get().findAll(MethodCallExpr.class, call -> call.getBegin()
                        .map(position -> position.line == location.line()).orElse(false))
                .stream()
                .filter(call -> targets(call, callee))
                .map(call -> new Call(call.getNameAsString(), call.getArguments().size(),
                        !(call.getParentNode().orElse(null) instanceof ExpressionStmt)))
                .toList();
    }

    /**
     * The callee's method of that name taking that many arguments (any number when {@code arguments} is
     * negative), the first declared one when overloaded.
     */
    Optional<MethodDeclaration> declaration(String callee, String method, int arguments) {
        return index.type(callee).stream()
                .flatMap(type -> type.getMethodsByName(method).stream())
                .filter(declaration -> arguments < 0 || declaration.getParameters().size() == arguments)
                .min(Comparator.comparing(declaration -> declaration.getBegin().map(p -> p.line).orElse(0)));
    }

    /** Components of the named record (or the record in an {@code Optional}) when the analysed code declares it. */
    List<RemoteOperation.Field> recordComponents(String typeName, String nearPackage) {
        String unwrapped = typeName.matches("(java\\.util\\.)?Optional<.+>")
                ? typeName.substring(typeName.indexOf('<') + 1, typeName.length() - 1) : typeName;
        String simple = Names.simpleName(unwrapped.replaceAll("<.*>", ""));
        return index.typeBySimpleName(simple, nearPackage)
                .filter(TypeDeclaration::isRecordDeclaration)
                .map(type -> type.asRecordDeclaration().getParameters().stream().map(CallSites::field).toList())
                .orElse(List.of());
    }

    static RemoteOperation.Field field(Parameter parameter) {
        return new RemoteOperation.Field(parameter.getNameAsString(), parameter.getType().asString());
    }

    private static boolean targets(MethodCallExpr call, String callee) {
        Optional<Boolean> resolved = resolvedTarget(call)
                .map(type -> type.equals(callee) || type.startsWith(callee + "."));
        if (resolved.isPresent()) {
            return resolved.get();
        }
        String simple = Names.simpleName(callee);
        return call.getScope().map(scope -> scopeName(scope)
                .map(name -> name.equals(simple) || declaredType(call, name).map(simple::equals).orElse(false))
                .orElse(false)).orElse(false);
    }

    private static Optional<String> resolvedTarget(MethodCallExpr call) {
        boolean solvable = call.findCompilationUnit()
                .map(unit -> unit.containsData(Node.SYMBOL_RESOLVER_KEY)).orElse(false);
        if (!solvable) {
            return Optional.empty();
        }
        try {
            return Optional.of(call.resolve().declaringType().getQualifiedName());
        } catch (RuntimeException | StackOverflowError e) {
            // an unresolvable call is common in real code; the declared-type match below still applies
            return Optional.empty();
        }
    }

    private static Optional<String> scopeName(Expression scope) {
        if (scope.isNameExpr()) {
            return Optional.of(scope.asNameExpr().getNameAsString());
        }
        if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
            return Optional.of(scope.asFieldAccessExpr().getNameAsString());
        }
        return Optional.empty();
    }

    /** Simple name of the declared type of a variable, parameter or field visible from the call, innermost first. */
    private static Optional<String> declaredType(MethodCallExpr call, String name) {
        Stream<Type> parameters = call.findAncestor(CallableDeclaration.class).stream()
                .flatMap(callable -> ((CallableDeclaration<?>) callable).getParameters().stream())
                .filter(parameter -> parameter.getNameAsString().equals(name))
                .map(Parameter::getType);
        Stream<Type> variables = call.findAncestor(TypeDeclaration.class).stream()
                .flatMap(type -> ((TypeDeclaration<?>) type).findAll(VariableDeclarator.class).stream())
                .filter(variable -> variable.getNameAsString().equals(name))
                .map(VariableDeclarator::getType);
        return Stream.concat(parameters, variables).findFirst()
                .map(type -> Names.simpleName(type.asString().replaceAll("<.*>", "")));
    }
}
