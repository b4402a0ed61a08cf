package dev.ficus.analyzer.graph.resolve;

import java.util.Optional;

/**
 * The compile-time type of an expression as far as the graph needs it: an analysed type,
 * or a library type. A library type without type arguments can only lead to more library
 * types (library code does not know the analysed code), so calls on it need no symbol
 * solving.
 *
 * @param name fully qualified when analysed, else as written
 * @param analysed declared in the analysed sources
 * @param generic has type arguments, so its methods may return analysed types
 */
public record StaticType(String name, boolean analysed, boolean generic) {

    static final StaticType LIBRARY = new StaticType("?", false, false);

    static StaticType analysed(String name) {
        return new StaticType(name, true, false);
    }

    Optional<String> analysedName() {
        return analysed ? Optional.of(name) : Optional.empty();
    }
}
