package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a subclass overriding a class's public methods, made with its constructor given
 * nothing, can stand in for it: nothing else of the class may run on such an object, in
 * the process that does not hold the class's dependencies. So the class extends nothing
 * and implements nothing (no inherited method it cannot see, no second bean of an
 * interface, no {@code ApplicationListener}); it plays no role Spring acts on besides
 * being a bean (no controller, configuration, configuration properties, entity, no
 * listener, schedule or other such method: the stand-in would do it a second time, with
 * nothing injected); every method a caller in the package could reach is public and
 * overridable, once per name and arity (an overload of the same arity could not be told
 * apart over HTTP), and Lombok writes no accessor; the constructor only keeps its
 * arguments, and Lombok checks none for {@code null}.
 */
final class StandInRules {

    private static final Set<String> CLASS_ROLES = Set.of("RestController", "Controller", "ControllerAdvice",
            "RestControllerAdvice", "Configuration", "ConfigurationProperties", "Entity", "Embeddable",
            "MappedSuperclass", "Aspect", "Value", "Data", "Getter", "Setter", "Builder", "SuperBuilder",
            "RabbitListener", "KafkaListener", "JmsListener");

    private static final Set<String> METHOD_ROLES = Set.of("EventListener", "TransactionalEventListener",
            "ApplicationModuleListener", "Scheduled", "RabbitListener", "KafkaListener", "JmsListener", "SqsListener",
            "StreamListener", "RabbitHandler", "KafkaHandler", "Bean", "ExceptionHandler", "ModelAttribute",
            "InitBinder");

    private static final Set<String> ACCESSORS = Set.of("Getter", "Setter");

    private static final Set<String> NON_NULL = Set.of("NonNull", "NotNull", "Nonnull");

    private static final Set<String> NO_METHODS = Set.of("Serializable", "java.io.Serializable");

    private StandInRules() {
    }

    static boolean allowClass(ClassOrInterfaceDeclaration type) {
        return !type.isInterface() && type.isPublic() && !type.isFinal() && !type.isAbstract()
                && !type.hasModifier(Modifier.Keyword.SEALED) && !type.isNestedType()
                && type.getTypeParameters().isEmpty() && type.getExtendedTypes().isEmpty()
                && type.getImplementedTypes()
                    .stream()
                    .allMatch(implemented -> NO_METHODS.contains(implemented.asString()))
                && !annotated(type, CLASS_ROLES)
                && type.getFields().stream().noneMatch(field -> annotated(field, ACCESSORS))
                && type.getMethods().stream().noneMatch(method -> annotated(method, METHOD_ROLES))
                && reachableMethodsOverridable(type)
                && type.getMembers()
                    .stream()
                    .noneMatch(member -> member instanceof InitializerDeclaration block && !block.isStatic());
    }

    /**
     * A declared constructor a stand-in can call with nothing: it only keeps its
     * arguments (after a {@code super()}), none of them checked for {@code null} by
     * Lombok or unboxed into a primitive field.
     */
    static boolean allowConstructor(ConstructorDeclaration constructor) {
        ClassOrInterfaceDeclaration type = constructor.findAncestor(ClassOrInterfaceDeclaration.class).orElseThrow();
        return (constructor.isPublic() || constructor.isProtected()) && constructor.getThrownExceptions().isEmpty()
                && constructor.getTypeParameters().isEmpty()
                && constructor.getParameters().stream().noneMatch(StandInRules::checkedForNull)
                && constructor.getBody()
                    .getStatements()
                    .stream()
                    .allMatch(statement -> isSuperWithoutArguments(statement)
                            || keepsAnArgument(statement, constructor, type));
    }

    /**
     * Whether Lombok checks the field or parameter for {@code null}: its own
     * {@code @NonNull} or another library's, not Bean Validation's {@code @NotNull}.
     */
    static boolean checkedForNull(NodeWithAnnotations<?> node) {
        boolean beanValidation = ((Node) node).findCompilationUnit()
            .map(unit -> unit.getImports()
                .stream()
                .anyMatch(declaration -> declaration.getNameAsString().matches("(jakarta|javax)\\.validation\\..*")))
            .orElse(false);
        return annotated(node, beanValidation ? Set.of("NonNull", "Nonnull") : NON_NULL);
    }

    private static boolean reachableMethodsOverridable(ClassOrInterfaceDeclaration type) {
        Set<String> nameAndArity = new HashSet<>();
        for (MethodDeclaration method : type.getMethods()) {
            if (method.isStatic() || method.isPrivate()) {
                continue;
            }
            if (!method.isPublic() || method.isFinal()
                    || !nameAndArity.add(method.getNameAsString() + "/" + method.getParameters().size())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSuperWithoutArguments(Statement statement) {
        return statement instanceof ExplicitConstructorInvocationStmt invocation && !invocation.isThis()
                && invocation.getArguments().isEmpty();
    }

    /** {@code this.field = argument;} into a field that takes a {@code null}. */
    private static boolean keepsAnArgument(Statement statement, ConstructorDeclaration constructor,
            ClassOrInterfaceDeclaration type) {
        if (!(statement instanceof ExpressionStmt expression) || !expression.getExpression().isAssignExpr()) {
            return false;
        }
        AssignExpr assignment = expression.getExpression().asAssignExpr();
        if (assignment.getOperator() != AssignExpr.Operator.ASSIGN || !assignment.getValue().isNameExpr()) {
            return false;
        }
        String target = assignment.getTarget().isFieldAccessExpr()
                ? assignment.getTarget().asFieldAccessExpr().getNameAsString() : assignment.getTarget().toString();
        boolean primitiveField = type.getFieldByName(target)
            .map(field -> field.getElementType().isPrimitiveType())
            .orElse(false);
        boolean primitiveArgument = constructor.getParameterByName(assignment.getValue().asNameExpr().getNameAsString())
            .map(parameter -> parameter.getType().isPrimitiveType())
            .orElse(false);
        return !primitiveField || primitiveArgument;
    }

    private static boolean annotated(NodeWithAnnotations<?> node, Set<String> simpleNames) {
        List<String> names = node.getAnnotations()
            .stream()
            .map(AnnotationExpr::getNameAsString)
            .map(name -> name.substring(name.lastIndexOf('.') + 1))
            .toList();
        return names.stream().anyMatch(simpleNames::contains);
    }

}
