package dev.ficus.analyzer.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A decomposition to score against, as an architect wrote it:
 * {@code contain SERVICE CLASS} listings in file order. A class may be listed under
 * several services; following the MoJo tool, it counts under the last one listed, while
 * every listing counts toward its service's size (and so toward MoJoFM's maximum
 * distance).
 *
 * @param listings every listing, in file order
 */
public record ReferenceDecomposition(List<Listing> listings) {

    /** One {@code contain service element} line. */
    public record Listing(String service, String element) {
    }

    public ReferenceDecomposition {
        listings = List.copyOf(listings);
        if (listings.isEmpty()) {
            throw new IllegalArgumentException("a reference decomposition needs at least one listing");
        }
    }

    /**
     * The service of each element: the last one it is listed under; elements in
     * first-listed order.
     */
    public Map<String, String> serviceOf() {
        Map<String, String> result = new LinkedHashMap<>();
        listings.forEach(listing -> result.put(listing.element(), listing.service()));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The reference itself with every element listed under several services moved to one
     * cluster named {@code shared}: the partition of a tool that agrees with the
     * architect on every class and keeps the classes the architect shares in a shared
     * kernel. Scored against the reference it bounds what such a tool can reach, since
     * the reference counts a shared class under whichever service it happens to list
     * last.
     */
    public Map<String, String> withSharedElementsIn(String shared) {
        Map<String, Set<String>> servicesOf = new LinkedHashMap<>();
        listings.forEach(
                listing -> servicesOf.computeIfAbsent(listing.element(), e -> new TreeSet<>()).add(listing.service()));
        Map<String, String> result = new LinkedHashMap<>();
        servicesOf.forEach(
                (element, services) -> result.put(element, services.size() > 1 ? shared : services.iterator().next()));
        return Collections.unmodifiableMap(result);
    }

    /** The same decomposition without any listing of the given elements. */
    public ReferenceDecomposition without(Set<String> elements) {
        return elements.isEmpty() ? this : new ReferenceDecomposition(
                listings.stream().filter(listing -> !elements.contains(listing.element())).toList());
    }

    /** Number of listings per service, duplicates included. */
    public SortedMap<String, Integer> listingsPerService() {
        SortedMap<String, Integer> result = new TreeMap<>();
        listings.forEach(listing -> result.merge(listing.service(), 1, Integer::sum));
        return Collections.unmodifiableSortedMap(result);
    }

    /** Elements listed under more than one service. */
    public int duplicatedElements() {
        return listings.size() - serviceOf().size();
    }
}
