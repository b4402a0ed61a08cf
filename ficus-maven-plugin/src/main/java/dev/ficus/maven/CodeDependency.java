package dev.ficus.maven;

import java.util.List;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One type's compile-time dependency on another, as {@code ficus:check} judges it.
 *
 * @param source fully qualified depending type
 * @param target fully qualified type depended on
 * @param kinds how, sorted, e.g. {@code call}, {@code new}, {@code extends}, {@code type}
 * @param locations {@code file:line} where, sorted; may be empty
 */
record CodeDependency(String source, String target, Set<String> kinds, List<String> locations) {

    CodeDependency {
        kinds = Collections.unmodifiableSortedSet(new TreeSet<>(kinds));
        locations = List.copyOf(locations);
    }
}
