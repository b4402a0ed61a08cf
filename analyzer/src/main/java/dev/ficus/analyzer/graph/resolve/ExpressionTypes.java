package dev.ficus.analyzer.graph.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the static type of common expressions (variables, fields, {@code this},
 * {@code new}, casts, calls to analysed methods) from declarations alone. Empty means
 * "ask the symbol solver".
 */
public final class ExpressionTypes {

    private final TypeIndex index;

    public ExpressionTypes(TypeIndex index) {
        this.index = index;
    }

    public Optional<StaticType> typeOf(Expression expression, CallTargets calls) {
        if (expression instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner(), calls);
        }
        if (expression instanceof NameExpr name) {
            return typeOfName(name, calls);
        }
        if (expression instanceof ThisExpr self) {
            return self.getTypeName().isPresent() ? typeNamed(self.getTypeName().get().asString(), self)
                    : enclosingType(self).map(StaticType::analysed);
        }
        if (expression instanceof SuperExpr zuper) {
            return enclosingType(zuper).map(type -> index.supertypes(type)
                .stream()
                .findFirst()
                .map(StaticType::analysed)
                .orElse(StaticType.LIBRARY));
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return Optional.of(ofType(creation.getType(), creation));
        }
        if (expression instanceof CastExpr cast) {
            return Optional.of(ofType(cast.getType(), cast));
        }
        if (expression instanceof LiteralExpr) {
            return Optional.of(StaticType.LIBRARY);
        }
        if (expression instanceof FieldAccessExpr access) {
            return typeOfFieldAccess(access, calls);
        }
        if (expression instanceof ArrayAccessExpr access && access.getName() instanceof NameExpr array) {
            return variableType(array.getNameAsString(), array)
                .flatMap(declared -> elementType(declared).map(element -> ofType(element, declared.context())));
        }
        if (expression instanceof MethodCallExpr call) {
            return calls.returnType(call);
        }
        return Optional.empty();
    }

    /** The static type an AST type denotes where it is written. */
    StaticType ofType(Type type, Node context) {
        if (type instanceof ClassOrInterfaceType named) {
            Optional<String> analysed = index.scopeOf(context).resolve(named.getNameWithScope(), context);
            return analysed.map(StaticType::analysed)
                .orElseGet(() -> new StaticType(named.getNameWithScope(), false, isGeneric(named, context)));
        }
        return StaticType.LIBRARY;
    }

    /**
     * A field (or enum constant, or record component) of an analysed type or its analysed
     * supertypes.
     */
    Optional<StaticType> fieldType(String type, String field) {
        for (String candidate : index.hierarchy(type)) {
            TypeDeclaration<?> declaration = index.declaration(candidate).orElseThrow();
            Optional<Declared> declared = fieldIn(declaration, field);
            if (declared.isPresent()) {
                return declared.map(found -> found.type() == null ? StaticType.analysed(candidate)
                        : ofType(found.type(), found.context()));
            }
        }
        return Optional.empty();
    }

    Optional<String> enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).flatMap(TypeDeclaration::getFullyQualifiedName);
    }

    private Optional<StaticType> typeOfName(NameExpr name, CallTargets calls) {
        Optional<Declared> variable = variableType(name.getNameAsString(), name);
        if (variable.isPresent()) {
            Declared declared = variable.get();
            if (declared.type() != null) {
                return Optional
                    .of(declared.varArgs() ? StaticType.LIBRARY : ofType(declared.type(), declared.context()));
            }
            return declared.context() instanceof VariableDeclarator inferred && inferred.getInitializer().isPresent()
                    ? typeOf(inferred.getInitializer().get(), calls) : Optional.empty();
        }
        return typeNamed(name.getNameAsString(), name);
    }

    private Optional<StaticType> typeNamed(String name, Node context) {
        Optional<String> analysed = index.scopeOf(context).resolve(name, context);
        if (analysed.isPresent()) {
            return analysed.map(StaticType::analysed);
        }
        // an upper-case name that is neither a variable nor an analysed type is a library
        // class: Math, List
        return Character.isUpperCase(name.charAt(0)) ? Optional.of(StaticType.LIBRARY) : Optional.empty();
    }

    private Optional<StaticType> typeOfFieldAccess(FieldAccessExpr access, CallTargets calls) {
        Optional<String> asType = index.scopeOf(access).resolve(access.toString(), access);
        if (asType.isPresent()) {
            return asType.map(StaticType::analysed);
        }
        return typeOf(access.getScope(), calls)
            .flatMap(scope -> scope.analysed() ? fieldType(scope.name(), access.getNameAsString())
                    : scope.generic() ? Optional.empty() : Optional.of(StaticType.LIBRARY));
    }

    private boolean isGeneric(ClassOrInterfaceType type, Node context) {
        return type.getTypeArguments().map(NodeList::isNonEmpty).orElse(false)
                || index.scopeOf(context).resolve(type.getNameWithScope(), context).isEmpty()
                        && type.getNameAsString().length() == 1;
    }

    /**
     * Where a variable is declared: its type (null when {@code var} or an untyped lambda
     * parameter), and whether it is a varargs parameter (an array of {@code type}).
     */
    public record Declared(@Nullable Type type, Node context, boolean varArgs) {

        Declared(@Nullable Type type, Node context) {
            this(type, context, false);
        }
    }

    public Optional<Declared> variableType(String name, Node from) {
        Node child = from;
        for (Node node = from.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode()
            .orElse(null)) {
            Optional<Declared> found = declaredIn(node, child, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Declared> declaredIn(Node node, Node child, String name) {
        if (node instanceof BlockStmt block) {
            return inStatements(block.getStatements(), child, name);
        }
        if (node instanceof SwitchEntry entry) {
            return inStatements(entry.getStatements(), child, name);
        }
        if (node instanceof ForStmt loop) {
            return loop.getInitialization().stream().flatMap(init -> variables(init, name)).findFirst();
        }
        if (node instanceof ForEachStmt loop) {
            return variables(loop.getVariable(), name).findFirst();
        }
        if (node instanceof TryStmt tryStmt) {
            return tryStmt.getResources().stream().flatMap(resource -> variables(resource, name)).findFirst();
        }
        if (node instanceof CatchClause clause) {
            return parameter(clause.getParameter(), name);
        }
        if (node instanceof LambdaExpr lambda) {
            return lambda.getParameters().stream().map(p -> parameter(p, name)).flatMap(Optional::stream).findFirst();
        }
        if (node instanceof CallableDeclaration<?> callable) {
            return callable.getParameters().stream().map(p -> parameter(p, name)).flatMap(Optional::stream).findFirst();
        }
        if (node instanceof TypeDeclaration<?> type) {
            return fieldDeclared(type, name);
        }
        return Optional.empty();
    }

    private Optional<Declared> fieldDeclared(TypeDeclaration<?> type, String name) {
        Optional<String> typeName = type.getFullyQualifiedName();
        if (typeName.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : index.hierarchy(typeName.get())) {
            Optional<Declared> declared = fieldIn(index.declaration(candidate).orElseThrow(), name);
            if (declared.isPresent()) {
                return declared.map(found -> found.type() == null
                        ? new Declared(new ClassOrInterfaceType(null, candidate), found.context()) : found);
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> fieldIn(TypeDeclaration<?> declaration, String field) {
        for (FieldDeclaration fieldDeclaration : declaration.getFields()) {
            for (VariableDeclarator variable : fieldDeclaration.getVariables()) {
                if (variable.getNameAsString().equals(field)) {
                    return Optional.of(new Declared(variable.getType(), variable));
                }
            }
        }
        if (declaration instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(field)) {
                    return Optional.of(new Declared(component.getType(), component));
                }
            }
        }
        if (declaration.isEnumDeclaration()) {
            for (EnumConstantDeclaration constant : declaration.asEnumDeclaration().getEntries()) {
                if (constant.getNameAsString().equals(field)) {
                    return Optional.of(new Declared(null, constant));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> inStatements(NodeList<Statement> statements, Node child, String name) {
        for (Statement statement : statements) {
            if (statement == child) {
                break;
            }
            if (statement instanceof ExpressionStmt expression) {
                Optional<Declared> found = variables(expression.getExpression(), name).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Stream<Declared> variables(Expression expression, String name) {
        if (!(expression instanceof VariableDeclarationExpr declaration)) {
            return Stream.empty();
        }
        return declaration.getVariables()
            .stream()
            .filter(variable -> variable.getNameAsString().equals(name))
            .map(variable -> new Declared(variable.getType().isVarType() ? null : variable.getType(), variable));
    }

    private static Optional<Declared> parameter(Parameter parameter, String name) {
        if (!parameter.getNameAsString().equals(name)) {
            return Optional.empty();
        }
        Type type = parameter.getType();
        boolean untyped = type.isUnknownType() || type.isVarType();
        return Optional.of(new Declared(untyped ? null : type, parameter, parameter.isVarArgs()));
    }

    /** The type of an element of a declared array or varargs parameter. */
    private static Optional<Type> elementType(Declared declared) {
        Type type = declared.type();
        return declared.varArgs() ? Optional.ofNullable(type)
                : type instanceof ArrayType array ? Optional.of(array.getComponentType()) : Optional.empty();
    }

}
