package dev.ficus.analyzer.source;

import java.util.List;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * One Java file that parsed: its syntax tree, where it came from and the types it
 * declares.
 *
 * @param file path relative to the analysed root, with {@code /} separators
 * @param unit the syntax tree
 * @param loc non-blank, non-comment lines
 * @param topLevelTypes its top-level types with what each declares, in declaration order
 */
public record ParsedFile(String file, CompilationUnit unit, int loc, List<TopLevelType> topLevelTypes) {

    public ParsedFile {
        topLevelTypes = List.copyOf(topLevelTypes);
    }

    /** A file whose declarations are gathered by walking its tree once more. */
    public ParsedFile(String file, CompilationUnit unit, int loc) {
        this(file, unit, loc, DeclaredTypes.of(unit));
    }

    /**
     * Every type the file declares, nested and local ones included, in the order a
     * pre-order walk of the tree meets them.
     */
    public List<TypeDeclaration<?>> types() {
        return topLevelTypes.stream().flatMap(top -> top.types().stream()).toList();
    }

}
