package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.List;

/**
 * The ways into an application that one framework declares: one implementation per
 * framework, listed in {@link EntryPointFinder#FRAMEWORKS}, so supporting another
 * framework is one class.
 */
public interface FrameworkEntryPoints {

    /**
     * The entry points this framework declares on one type declaration (top-level or
     * nested).
     * @param topLevel fully qualified name of the top-level type the declaration belongs
     * to
     * @param type the declaration
     * @param imports the imports of its file
     */
    List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports);

}
