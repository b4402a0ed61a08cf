package dev.ficus.analyzer.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * Gathers the {@link TopLevelType}s of a file from the nodes of one pre-order walk of its
 * tree (the walk the reader makes anyway), so that no later stage walks the whole tree
 * again for them. Not thread-safe: one per file.
 */
final class DeclaredTypes {

    private final CompilationUnit unit;

    private final Map<TypeDeclaration<?>, Gathered> byTopLevel = new IdentityHashMap<>();

    private @Nullable Gathered current;

    private record Gathered(List<TypeDeclaration<?>> types, Set<String> methodNames) {
    }

    DeclaredTypes(CompilationUnit unit) {
        this.unit = unit;
    }

    /** The top-level types of a unit, walking it once. */
    static List<TopLevelType> of(CompilationUnit unit) {
        DeclaredTypes declarations = new DeclaredTypes(unit);
        unit.walk(declarations::visit);
        return declarations.topLevelTypes();
    }

    /**
     * Takes the next node of a pre-order walk of the unit: a top-level type's nodes
     * follow it.
     */
    void visit(Node node) {
        if (node.getParentNode().orElse(null) == unit) {
            current = (node instanceof TypeDeclaration<?> top) ? start(top) : null;
        }
        Gathered gathered = current;
        if (gathered == null) {
            return;
        }
        if (node instanceof TypeDeclaration<?> type) {
            gathered.types().add(type);
        }
        else if (node instanceof CallableDeclaration<?> method) {
            gathered.methodNames().add(method.getNameAsString());
        }
        else if (node instanceof AnnotationMemberDeclaration member) {
            gathered.methodNames().add(member.getNameAsString());
        }
        else if (node instanceof Parameter component
                && component.getParentNode().orElse(null) instanceof RecordDeclaration) {
            gathered.methodNames().add(component.getNameAsString());
        }
    }

    private Gathered start(TypeDeclaration<?> top) {
        Gathered gathered = new Gathered(new ArrayList<>(), new HashSet<>());
        byTopLevel.put(top, gathered);
        return gathered;
    }

    /** The unit's top-level types in declaration order. */
    List<TopLevelType> topLevelTypes() {
        List<TopLevelType> result = new ArrayList<>();
        for (TypeDeclaration<?> top : unit.getTypes()) {
            Gathered gathered = byTopLevel.get(top);
            if (gathered != null) {
                result.add(new TopLevelType(top, gathered.types(), gathered.methodNames()));
            }
        }
        return List.copyOf(result);
    }

}
