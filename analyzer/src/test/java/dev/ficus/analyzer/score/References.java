package dev.ficus.analyzer.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small hand-made decompositions for the scoring tests, written as
 * {@code "cluster:element"} pairs.
 */
final class References {

    private References() {
    }

    static ReferenceDecomposition reference(String... listings) {
        List<ReferenceDecomposition.Listing> result = new ArrayList<>();
        for (String listing : listings) {
            String[] parts = listing.split(":");
            result.add(new ReferenceDecomposition.Listing(parts[0], parts[1]));
        }
        return new ReferenceDecomposition(result);
    }

    static Map<String, String> clusters(String... listings) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String listing : listings) {
            String[] parts = listing.split(":");
            result.put(parts[1], parts[0]);
        }
        return result;
    }

}
