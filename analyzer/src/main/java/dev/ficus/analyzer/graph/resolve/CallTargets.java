package dev.ficus.analyzer.graph.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves method calls to the type that declares the called method. Most calls are
 * settled from declarations alone ({@link ExpressionTypes}); the rest go to JavaParser's
 * symbol solver, once per call. One instance per file and thread: it remembers each call
 * it resolved.
 */
public final class CallTargets {

    /** Where a call goes. */
    public enum Kind {

        ANALYSED, LIBRARY, UNRESOLVED

    }

    /**
     * @param type the analysed declaring type (nested names as {@code Outer.Inner}) when
     * {@code ANALYSED}
     * @param returns the static type of the call's value, when known without the solver
     */
    public record Target(Kind kind, @Nullable String type, Optional<StaticType> returns) {

        static final Target LIBRARY = new Target(Kind.LIBRARY, null, Optional.empty());
        static final Target UNRESOLVED = new Target(Kind.UNRESOLVED, null, Optional.empty());

    }

    private static final Target LIBRARY_UNKNOWN_RESULT = Target.LIBRARY;

    private static final Target LIBRARY_LIBRARY_RESULT = new Target(Kind.LIBRARY, null,
            Optional.of(StaticType.LIBRARY));

    private record Found(String type, Type returnType, Node context) {
    }

    private final TypeIndex index;

    private final ExpressionTypes types;

    private final TypeSolver solver;

    private final Map<MethodCallExpr, Target> resolved = new IdentityHashMap<>();

    public CallTargets(TypeIndex index, ExpressionTypes types, TypeSolver solver) {
        this.index = index;
        this.types = types;
        this.solver = solver;
    }

    public Target resolve(MethodCallExpr call) {
        Target known = resolved.get(call);
        if (known == null) {
            known = call.getScope().isPresent() ? scoped(call) : unscoped(call);
            resolved.put(call, known);
        }
        return known;
    }

    Optional<StaticType> returnType(MethodCallExpr call) {
        return resolve(call).returns();
    }

    private Target scoped(MethodCallExpr call) {
        Optional<StaticType> scope = types.typeOf(call.getScope().orElseThrow(), this);
        if (scope.isEmpty()) {
            // the solver is the expensive part of the analysis: only ask it when the call
            // can reach analysed code
            return index.declaresMethodNamed(call.getNameAsString()) ? solve(call) : LIBRARY_UNKNOWN_RESULT;
        }
        if (!scope.get().analysed()) {
            // a library type declares only library methods; a generic one may still
            // return an analysed type
            return scope.get().generic() ? LIBRARY_UNKNOWN_RESULT : LIBRARY_LIBRARY_RESULT;
        }
        String receiver = scope.get().name();
        boolean onItself = call.getScope().get().isThisExpr() || call.getScope().get().isSuperExpr();
        return method(receiver, call)
            .map(found -> !onItself && dispatched(found) ? implementation(receiver, call, found) : target(found))
            // declared by a library supertype (e.g. a Spring Data repository's save): the
            // analysed receiver is what the caller depends on
            .orElseGet(() -> new Target(Kind.ANALYSED, receiver, Optional.empty()));
    }

    private Target unscoped(MethodCallExpr call) {
        boolean libraryParent = false;
        for (Node node = call.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
            Optional<String> type = enclosing(node);
            if (type.isPresent()) {
                Optional<Found> found = method(type.get(), call);
                if (found.isPresent()) {
                    return target(found.get());
                }
                libraryParent |= index.hasExternalSupertype(type.get());
            }
            else if (node instanceof ObjectCreationExpr anonymous && anonymous.getAnonymousClassBody().isPresent()) {
                if (anonymous.getAnonymousClassBody()
                    .get()
                    .stream()
                    .anyMatch(member -> member instanceof MethodDeclaration method
                            && method.getNameAsString().equals(call.getNameAsString()))) {
                    return new Target(Kind.ANALYSED, types.enclosingType(anonymous).orElse(null), Optional.empty());
                }
                libraryParent = true;
            }
        }
        FileScope scope = index.scopeOf(call);
        for (String owner : staticOwners(scope, call.getNameAsString())) {
            Optional<Found> found = method(owner, call);
            if (found.isPresent()) {
                return target(found.get());
            }
        }
        return libraryParent || scope.importsStatically(call.getNameAsString()) ? LIBRARY_LIBRARY_RESULT
                : index.declaresMethodNamed(call.getNameAsString()) ? solve(call) : LIBRARY_UNKNOWN_RESULT;
    }

    private static List<String> staticOwners(FileScope scope, String member) {
        return scope.staticImportOwner(member).map(List::of).orElseGet(scope::staticOnDemandTypes);
    }

    private Optional<String> enclosing(Node node) {
        return node instanceof TypeDeclaration<?> type ? type.getFullyQualifiedName() : Optional.empty();
    }

    /**
     * Whether the code a call runs is the receiver's implementation of the method rather
     * than the declaring type's: the method is abstract, or an interface's (whose default
     * calls on the implementation's). A call of a generic {@code Store<T, ID>}'s
     * {@code findAll} through an {@code OrderStore} is a call on the order store's bean,
     * where a call of an entity's inherited {@code getId} runs its base class's.
     */
    private static boolean dispatched(Found found) {
        return found.context() instanceof MethodDeclaration method
                && (method.getBody().isEmpty() || method.getParentNode()
                    .filter(ClassOrInterfaceDeclaration.class::isInstance)
                    .map(type -> ((ClassOrInterfaceDeclaration) type).isInterface())
                    .orElse(false));
    }

    /**
     * Where a call dispatched on the receiver goes: for a class, the implementation its
     * class chain holds (an entity's {@code getId} declared by an interface and
     * implemented by its base class); else, or for an interface, the receiver.
     */
    private Target implementation(String receiver, MethodCallExpr call, Found declared) {
        Optional<Found> inClassChain = index.declaration(receiver)
            .filter(type -> !(type instanceof ClassOrInterfaceDeclaration named && named.isInterface()))
            .flatMap(type -> concrete(receiver, call));
        return inClassChain.map(this::target)
            .orElseGet(() -> new Target(Kind.ANALYSED, receiver, target(declared).returns()));
    }

    private Optional<Found> concrete(String type, MethodCallExpr call) {
        for (String candidate : index.hierarchy(type)) {
            TypeDeclaration<?> declaration = index.declaration(candidate).orElseThrow();
            if (declaration instanceof ClassOrInterfaceDeclaration named && named.isInterface()) {
                continue;
            }
            for (MethodDeclaration method : declaration.getMethodsByName(call.getNameAsString())) {
                if (method.getBody().isPresent() && isMethodOf(method, call.getArguments().size())) {
                    return Optional.of(new Found(candidate, method.getType(), method));
                }
            }
        }
        return Optional.empty();
    }

    private Target target(Found found) {
        Optional<StaticType> returns = found.returnType() == null ? Optional.empty()
                : Optional.of(types.ofType(found.returnType(), found.context()))
                    .filter(type -> type.analysed() || !type.generic());
        return new Target(Kind.ANALYSED, found.type(), returns);
    }

    /**
     * The method a call on an analysed type selects, by name and argument count,
     * searching supertypes.
     */
    private Optional<Found> method(String type, MethodCallExpr call) {
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        Found byNameOnly = null;
        for (String candidate : index.hierarchy(type)) {
            TypeDeclaration<?> declaration = index.declaration(candidate).orElseThrow();
            for (MethodDeclaration method : declaration.getMethodsByName(name)) {
                if (isMethodOf(method, arguments)) {
                    return Optional.of(new Found(candidate, method.getType(), method));
                }
                byNameOnly = byNameOnly != null ? byNameOnly : new Found(candidate, method.getType(), method);
            }
            if (arguments == 0 && declaration instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    if (component.getNameAsString().equals(name)) {
                        return Optional.of(new Found(candidate, component.getType(), component));
                    }
                }
            }
        }
        return Optional.ofNullable(byNameOnly);
    }

    private Target solve(MethodCallExpr call) {
        try {
            SymbolReference<ResolvedMethodDeclaration> reference = JavaParserFacade.get(solver).solve(call, false);
            if (!reference.isSolved()) {
                return Target.UNRESOLVED;
            }
            String declaring = reference.getCorrespondingDeclaration().declaringType().getQualifiedName();
            return index.contains(declaring) ? new Target(Kind.ANALYSED, declaring, Optional.empty()) : Target.LIBRARY;
        }
        catch (RuntimeException | StackOverflowError e) {
            // the solver gives up on unknown library types by throwing; such a call is
            // counted, never fatal
            return Target.UNRESOLVED;
        }
    }

    private static boolean isMethodOf(MethodDeclaration method, int arguments) {
        int parameters = method.getParameters().size();
        boolean varArgs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        return varArgs ? arguments >= parameters - 1 : arguments == parameters;
    }

}
