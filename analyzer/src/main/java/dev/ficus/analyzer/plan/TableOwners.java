package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides which one candidate takes each table when it moves: among the candidates the
 * analysis lists the table under, the one whose JPA entity maps it, else the one whose
 * code touches it most often, ties broken by name. The analysis lists every table a
 * candidate touches, so a table can appear under several candidates, but it can move with
 * only one.
 */
final class TableOwners {

    /** Mapping a table with a JPA entity outweighs any number of other accesses. */
    private static final int ENTITY_VOTES = 1_000_000;

    private final Map<String, String> ownerByTable = new TreeMap<>();

    TableOwners(AnalysisDocument analysis, Ownership ownership) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (AnalysisDocument.Service service : analysis.services()) {
            service.tables()
                .forEach(table -> votes.computeIfAbsent(table, t -> new TreeMap<>())
                    .merge(service.name(), 1, Integer::sum));
        }
        for (AnalysisDocument.TableAccessInfo access : analysis.tableAccesses()) {
            String owner = ownership.ownerOf(access.type());
            Map<String, Integer> byCandidate = votes.get(access.table());
            if (byCandidate != null && byCandidate.containsKey(owner)) {
                byCandidate.merge(owner, access.via().equals("entity") ? ENTITY_VOTES : 1, Integer::sum);
            }
        }
        votes.forEach((table, byCandidate) -> byCandidate.entrySet()
            .stream()
            .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .ifPresent(winner -> ownerByTable.put(table, winner.getKey())));
    }

    Optional<String> ownerOf(String table) {
        return Optional.ofNullable(ownerByTable.get(table));
    }

}
