package dev.ficus.analyzer.source;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Solves the types declared in the already parsed files, by fully qualified name (nested
 * types as {@code Outer.Inner}). Unlike JavaParser's {@code JavaParserTypeSolver} it
 * never parses a file again and its lookup table is immutable, so threads can share it.
 */
final class SourceTypeSolver implements TypeSolver {

    private final Map<String, TypeDeclaration<?>> types;

    private volatile @Nullable TypeSolver parent;

    SourceTypeSolver(List<ParsedFile> files) {
        Map<String, TypeDeclaration<?>> byName = new HashMap<>();
        for (ParsedFile file : files) {
            for (TypeDeclaration<?> type : file.types()) {
                type.getFullyQualifiedName().ifPresent(name -> byName.putIfAbsent(name, type));
            }
        }
        this.types = Map.copyOf(byName);
    }

    @Override
    public @Nullable TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(@Nullable TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        TypeDeclaration<?> type = types.get(name);
        return type == null ? SymbolReference.unsolved()
                : SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(type));
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return SymbolReference.unsolved();
    }

}
