package dev.ficus.analyzer.boundaries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Splits a cluster that holds several independent aggregates: parts that each answer
 * requests of their own (an entry point) and keep data of their own (a table). The
 * modularity clustering merges such parts when one calls the other's repository, though
 * an architect keeps them apart and lets one call the other. Within a cluster, its types
 * are clustered again; when two or more of the parts found have both an entry point and a
 * table of its own (parts that use a common table are one), each becomes a cluster and
 * every other part joins the one it depends on most.
 */
final class AggregateSplit {

    private final Graph<String, DefaultWeightedEdge> unitGraph;

    private final TypeUnits units;

    private final Predicate<String> answersRequests;

    private final Map<String, ? extends Set<String>> tablesByType;

    private final BiFunction<Set<String>, Set<String>, Double> coupling;

    private final long seed;

    AggregateSplit(Graph<String, DefaultWeightedEdge> unitGraph, TypeUnits units, Predicate<String> answersRequests,
            Map<String, ? extends Set<String>> tablesByType, BiFunction<Set<String>, Set<String>, Double> coupling,
            long seed) {
        this.unitGraph = unitGraph;
        this.units = units;
        this.answersRequests = answersRequests;
        this.tablesByType = tablesByType;
        this.coupling = coupling;
        this.seed = seed;
    }

    List<SortedSet<String>> split(List<SortedSet<String>> clusters) {
        List<SortedSet<String>> result = new ArrayList<>();
        clusters.forEach(cluster -> result.addAll(split(cluster)));
        return result;
    }

    private List<SortedSet<String>> split(SortedSet<String> cluster) {
        Set<String> clusterUnits = new TreeSet<>();
        cluster.forEach(type -> clusterUnits.add(units.unitOf(type)));
        List<Set<String>> parts = new ArrayList<>();
        for (Set<String> unitPart : ServiceClustering.bestOf(new AsSubgraph<>(unitGraph, clusterUnits), 1.0, seed)) {
            Set<String> part = new TreeSet<>();
            unitPart.forEach(unit -> part.addAll(units.members(unit)));
            part.retainAll(cluster);
            parts.add(part);
        }
        List<SortedSet<String>> aggregates = new ArrayList<>();
        List<Set<String>> tables = new ArrayList<>();
        List<Set<String>> rest = new ArrayList<>();
        for (Set<String> part : parts) {
            Set<String> own = tablesOf(part);
            if (part.stream().noneMatch(answersRequests) || own.isEmpty()) {
                rest.add(part);
                continue;
            }
            // parts that use the same table are one aggregate
            SortedSet<String> aggregate = new TreeSet<>(part);
            for (int k = aggregates.size() - 1; k >= 0; k--) {
                if (!Collections.disjoint(tables.get(k), own)) {
                    aggregate.addAll(aggregates.remove(k));
                    own.addAll(tables.remove(k));
                }
            }
            aggregates.add(aggregate);
            tables.add(own);
        }
        if (aggregates.size() < 2) {
            return List.of(cluster);
        }
        for (Set<String> part : rest) {
            aggregates.stream()
                .max(Comparator.<SortedSet<String>>comparingDouble(aggregate -> coupling.apply(part, aggregate))
                    .thenComparing(SortedSet::size))
                .orElseThrow()
                .addAll(part);
        }
        return aggregates;
    }

    private Set<String> tablesOf(Set<String> part) {
        Set<String> tables = new TreeSet<>();
        part.stream().map(tablesByType::get).filter(Objects::nonNull).forEach(tables::addAll);
        return tables;
    }

}
