package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A suggested service: a named group of top-level types with the entry points and tables
 * they bring along.
 *
 * @param name short lower-case name, unique within a decomposition
 * @param types fully qualified top-level types, sorted
 * @param entryPoints entry points declared by those types, sorted
 * @param tables tables those types access, sorted
 */
public record CandidateService(String name, SortedSet<String> types, List<EntryPoint> entryPoints,
        SortedSet<String> tables) {

    public CandidateService {
        types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
        entryPoints = entryPoints.stream().sorted().toList();
        tables = Collections.unmodifiableSortedSet(new TreeSet<>(tables));
    }
}
