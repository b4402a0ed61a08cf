package dev.ficus.analyzer.boundaries;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Types that every candidate service may use as a library instead of owning them: small
 * value and utility types used from many parts of the code, kept out of the clustering so
 * they do not drag unrelated clusters together.
 *
 * @param types fully qualified names, sorted
 * @param reason why these types were chosen, in one sentence
 */
public record SharedKernel(SortedSet<String> types, String reason) {

    public SharedKernel {
        types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
    }
}
