package dev.ficus.analyzer.source;

import java.util.List;
import java.util.Set;

import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * What one top-level type of a file declares, gathered in the walk that parses the file,
 * so that the later stages need not walk every tree again to index it.
 *
 * @param declaration the top-level type
 * @param types the top-level type and every type nested or local in it, in the order a
 * pre-order walk of the tree meets them
 * @param methodNames the names of the methods, constructors, annotation members and
 * record components declared in it (nested and local types included)
 */
public record TopLevelType(TypeDeclaration<?> declaration, List<TypeDeclaration<?>> types, Set<String> methodNames) {

    public TopLevelType {
        types = List.copyOf(types);
        methodNames = Set.copyOf(methodNames);
    }

}
