package dev.ficus.analyzer.graph;

import java.util.Set;

/**
 * A top-level type of the analysed code: the vertex of the dependency graph.
 *
 * @param name fully qualified name
 * @param file source file relative to the analysed root
 * @param loc non-blank, non-comment lines of the type
 * @param annotations simple names of the type's annotations (e.g. {@code Entity},
 * {@code RestController})
 * @param kind class, interface, enum, record or annotation
 * @param libraryInterfaces fully qualified names of the interfaces a class implements
 * that come from a library, as its imports name them (not the JDK's {@code java.*}, not
 * an analysed type): {@code org.springframework.data.mongodb.core.MongoOperations} for a
 * class wrapping it
 * @param utilityClass a class all of whose methods and fields are static, with at least
 * one method: a utility class whatever its name ({@code QueryHelp}); a class of constants
 * only is not one, it holds values as an enum does
 */
public record TypeNode(String name, String file, int loc, Set<String> annotations, Kind kind,
        Set<String> libraryInterfaces, boolean utilityClass) {

    /** What sort of type declaration. */
    public enum Kind {

        CLASS, INTERFACE, ENUM, RECORD, ANNOTATION

    }

    public TypeNode {
        annotations = Set.copyOf(annotations);
        libraryInterfaces = Set.copyOf(libraryInterfaces);
    }

    /** A type with instance members. */
    public TypeNode(String name, String file, int loc, Set<String> annotations, Kind kind,
            Set<String> libraryInterfaces) {
        this(name, file, loc, annotations, kind, libraryInterfaces, false);
    }

    /** A type with instance members, implementing no library interface. */
    public TypeNode(String name, String file, int loc, Set<String> annotations, Kind kind) {
        this(name, file, loc, annotations, kind, Set.of());
    }

    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    public String packageName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
