package dev.ficus.analyzer.boundaries;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The suggested boundaries of a codebase: every analysed top-level type sits in exactly
 * one candidate service, in the shared kernel or in the platform.
 *
 * @param services candidate services, sorted by name
 * @param sharedKernel types left to a shared library
 * @param platform application-wide plumbing, never a service
 * @param sharedTables tables touched by more than one candidate, with the names of those
 * candidates
 * @param resolution the modularity resolution the clustering ended with
 */
public record Decomposition(List<CandidateService> services, SharedKernel sharedKernel, Platform platform,
        SortedMap<String, SortedSet<String>> sharedTables, double resolution) {

    public Decomposition {
        services = services.stream().sorted(Comparator.comparing(CandidateService::name)).toList();
        sharedTables = Collections.unmodifiableSortedMap(new TreeMap<>(sharedTables));
    }

    /** The services' type sets, in service order: the partition the metrics measure. */
    public List<Set<String>> partition() {
        return services.stream().map(service -> (Set<String>) service.types()).toList();
    }
}
