package dev.ficus.analyzer.boundaries;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Application-wide plumbing that no business service owns: the application class,
 * configuration, filters and adapters used across services. It stays with the platform
 * (the monolith's shell, then each service's own copy of the wiring) and is never
 * proposed as a service.
 *
 * @param types fully qualified names, sorted
 * @param reason why these types were chosen, in one sentence
 */
public record Platform(SortedSet<String> types, String reason) {

    public Platform {
        types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
    }
}
