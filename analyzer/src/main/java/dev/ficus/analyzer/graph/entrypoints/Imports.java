package dev.ficus.analyzer.graph.entrypoints;

import java.util.Collection;
import java.util.Optional;

/**
 * The imports of the file a declaration is in, to tell same-named annotations of
 * different frameworks apart.
 */
public interface Imports {

    /** The fully qualified name a single-type import gives a simple name. */
    Optional<String> importedName(String simpleName);

    /** Whether the file imports every type of a package ({@code import javax.ejb.*}). */
    boolean importsPackage(String packageName);

    /**
     * Whether {@code simpleName} comes from one of the packages, by a single or an
     * on-demand import.
     */
    default boolean fromAny(String simpleName, Collection<String> packages) {
        return importedName(simpleName).map(name -> packages.contains(name.substring(0, name.lastIndexOf('.'))))
            .orElseGet(() -> packages.stream().anyMatch(this::importsPackage));
    }

}
