package dev.ficus.analyzer.graph.facts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.entrypoints.ListenerEntryPoints;
import dev.ficus.analyzer.graph.resolve.CallTargets;
import dev.ficus.analyzer.graph.resolve.ExpressionTypes;
import dev.ficus.analyzer.graph.resolve.FileScope;
import dev.ficus.analyzer.graph.resolve.StaticType;
import dev.ficus.analyzer.graph.resolve.TypeIndex;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the dependencies of one top-level type on other analysed types: calls, type
 * references, inheritance, instantiation, and the events it publishes or listens to.
 */
public final class DependencyScanner {

    private static final Set<String> PUBLISH_METHODS = Set.of("publishEvent", "fire", "fireAsync");

    private static final Set<String> LISTENER_ANNOTATIONS = Set.of("EventListener", "TransactionalEventListener",
            "ApplicationModuleListener");

    private static final Set<String> OBSERVER_ANNOTATIONS = Set.of("Observes", "ObservesAsync");

    private final TypeIndex index;

    private final ExpressionTypes types;

    private final CallTargets calls;

    private final FileFacts facts;

    private final String file;

    private final String source;

    private final FileScope scope;

    public DependencyScanner(TypeIndex index, CallTargets calls, FileFacts facts, String file, String source) {
        this.index = index;
        this.scope = index.scope(index.declaration(source).orElseThrow().findCompilationUnit().orElseThrow());
        this.types = new ExpressionTypes(index);
        this.calls = calls;
        this.facts = facts;
        this.file = file;
        this.source = source;
    }

    /**
     * Looks at one node of the top-level type; the caller walks the tree once for all
     * finders.
     */
    public void visit(Node node) {
        if (node instanceof ClassOrInterfaceType type) {
            typeReference(type);
        }
        else if (node instanceof TypeDeclaration<?> declaration) {
            inheritance(declaration);
        }
        else if (node instanceof ObjectCreationExpr creation) {
            reference(creation.getType().getNameWithScope(), creation, EdgeKind.INSTANTIATION);
        }
        else if (node instanceof MethodCallExpr call) {
            call(call);
        }
        else if (node instanceof MethodReferenceExpr reference) {
            methodReference(reference);
        }
        else if (node instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr scope) {
            staticFieldAccess(scope);
        }
        else if (node instanceof AnnotationExpr annotation) {
            reference(annotation.getNameAsString(), annotation, EdgeKind.TYPE_REFERENCE);
        }
        else if (node instanceof Parameter parameter) {
            listenerParameter(parameter);
        }
    }

    private void typeReference(ClassOrInterfaceType type) {
        Optional<Node> parent = type.getParentNode();
        boolean partOfLargerName = parent
            .filter(p -> p instanceof ClassOrInterfaceType outer
                    && outer.getScope().filter(scope -> scope == type).isPresent())
            .isPresent();
        boolean handledElsewhere = parent.filter(p -> p instanceof TypeDeclaration<?>
                || p instanceof ObjectCreationExpr creation && creation.getType() == type
                || p instanceof TypeExpr && p.getParentNode().filter(MethodReferenceExpr.class::isInstance).isPresent())
            .isPresent();
        if (!partOfLargerName && !handledElsewhere) {
            reference(type.getNameWithScope(), type, EdgeKind.TYPE_REFERENCE);
        }
    }

    private void inheritance(TypeDeclaration<?> declaration) {
        Node context = declaration.getParentNode().orElse(declaration);
        for (ClassOrInterfaceType supertype : TypeIndex.declaredSupertypes(declaration)) {
            resolve(supertype.getNameWithScope(), context)
                .ifPresent(target -> add(target, EdgeKind.INHERITANCE, supertype));
        }
        ListenerEntryPoints.applicationListenerEvent(declaration)
            .ifPresent(event -> facts.listened
                .add(new FileFacts.Event(source, qualify(event.getNameWithScope(), context), location(declaration))));
    }

    private void call(MethodCallExpr call) {
        CallTargets.Target target = calls.resolve(call);
        switch (target.kind()) {
            case ANALYSED -> {
                facts.resolvedCalls++;
                Optional.ofNullable(target.type())
                    .flatMap(index::topLevel)
                    .ifPresent(top -> add(top, EdgeKind.CALL, call));
            }
            case LIBRARY -> facts.resolvedCalls++;
            case UNRESOLVED -> facts.unresolvedCalls++;
        }
        if (PUBLISH_METHODS.contains(call.getNameAsString()) && call.getArguments().size() == 1) {
            publishedEvent(call)
                .ifPresent(event -> facts.published.add(new FileFacts.Event(source, event, location(call))));
        }
    }

    /**
     * {@code Type::method} calls the type; {@code deptService::selectDeptById} calls the
     * analysed type of the object it is made on, as a call on that object would.
     */
    private void methodReference(MethodReferenceExpr reference) {
        Expression on = reference.getScope();
        if (on.isThisExpr() || on.isSuperExpr()) {
            return; // a method of the object itself, wherever declared
        }
        if (!(on instanceof TypeExpr type)) {
            types.typeOf(on, calls)
                .filter(StaticType::analysed)
                .flatMap(object -> index.topLevel(object.name()))
                .ifPresent(top -> add(top, EdgeKind.CALL, reference));
        }
        else if (type.getType() instanceof ClassOrInterfaceType named) {
            // JavaParser reads the deptService of deptService::selectDeptById as a type
            // name
            Optional<ExpressionTypes.Declared> variable = named.getScope().isEmpty()
                    ? types.variableType(named.getNameAsString(), reference) : Optional.empty();
            if (variable.isEmpty()) {
                reference(named.getNameWithScope(), reference, EdgeKind.CALL);
            }
            else if (variable.get().type() instanceof ClassOrInterfaceType declared) {
                resolve(declared.getNameWithScope(), variable.get().context())
                    .ifPresent(target -> add(target, EdgeKind.CALL, reference));
            }
        }
    }

    /**
     * The event type of {@code publisher.publishEvent(x)} or CDI {@code event.fire(x)}.
     */
    private Optional<String> publishedEvent(MethodCallExpr call) {
        Expression argument = call.getArgument(0);
        if (argument instanceof ObjectCreationExpr creation) {
            return Optional.of(qualify(creation.getType().getNameWithScope(), creation));
        }
        Optional<StaticType> type = types.typeOf(argument, calls).filter(StaticType::analysed);
        if (type.isPresent()) {
            return Optional.of(type.get().name());
        }
        if (call.getScope().orElse(null) instanceof NameExpr scope) {
            // CDI: Event<OrderPlaced> events; events.fire(payload)
            return types.variableType(scope.getNameAsString(), scope)
                .flatMap(declared -> declared.type() instanceof ClassOrInterfaceType named
                        && named.getNameAsString().equals("Event") ? named.getTypeArguments() : Optional.empty())
                .filter(arguments -> arguments.size() == 1 && arguments.get(0).isClassOrInterfaceType())
                .map(arguments -> qualify(arguments.get(0).asClassOrInterfaceType().getNameWithScope(),
                        declaredContext(scope)));
        }
        return Optional.empty();
    }

    private Node declaredContext(NameExpr scope) {
        return types.variableType(scope.getNameAsString(), scope).map(ExpressionTypes.Declared::context).orElse(scope);
    }

    private void listenerParameter(Parameter parameter) {
        boolean observer = parameter.getAnnotations()
            .stream()
            .anyMatch(annotation -> OBSERVER_ANNOTATIONS.contains(annotation.getName().getIdentifier()));
        boolean listenerMethod = parameter.getParentNode()
            .filter(p -> p instanceof MethodDeclaration method && method.getParameters().size() >= 1
                    && method.getParameter(0) == parameter
                    && method.getAnnotations()
                        .stream()
                        .anyMatch(a -> LISTENER_ANNOTATIONS.contains(a.getName().getIdentifier())))
            .isPresent();
        if ((observer || listenerMethod) && parameter.getType() instanceof ClassOrInterfaceType type) {
            facts.listened
                .add(new FileFacts.Event(source, qualify(type.getNameWithScope(), parameter), location(parameter)));
        }
    }

    private void staticFieldAccess(NameExpr scope) {
        String name = scope.getNameAsString();
        if (Character.isUpperCase(name.charAt(0)) && types.variableType(name, scope).isEmpty()) {
            reference(name, scope, EdgeKind.TYPE_REFERENCE);
        }
    }

    private void reference(String typeName, Node node, EdgeKind kind) {
        resolve(typeName, node).ifPresent(target -> add(target, kind, node));
    }

    private Optional<String> resolve(String typeName, Node context) {
        return scope.resolve(typeName, context).flatMap(index::topLevel);
    }

    private String qualify(String typeName, Node context) {
        return scope.qualify(typeName, context);
    }

    private void add(String target, EdgeKind kind, Node node) {
        if (!target.equals(source)) {
            facts.references.add(new FileFacts.Reference(source, target, kind, location(node)));
        }
    }

    private SourceLocation location(Node node) {
        return new SourceLocation(file, node.getBegin().map(position -> position.line).orElse(0));
    }

}
