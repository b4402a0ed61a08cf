package dev.ficus.datamigration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The order to copy tables in so that every row's parent rows are there first: a
 * topological order of the foreign keys between them, ties kept in the given order. A
 * table referring to itself, or to a table that does not move, adds no constraint.
 */
final class CopyOrder {

    private CopyOrder() {
    }

    /**
     * @param tables the tables that move, in the order to keep where keys allow
     * @param parents for each table, the tables its foreign keys point to
     * @throws UserMistakeException when the foreign keys form a cycle
     */
    static List<String> parentsFirst(List<String> tables, Map<String, Set<String>> parents) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        tables.forEach(graph::addVertex);
        parents.forEach((child, referenced) -> referenced.stream()
            .filter(parent -> graph.containsVertex(parent) && !parent.equals(child))
            .forEach(parent -> graph.addEdge(parent, child)));
        List<String> order = new ArrayList<>();
        try {
            new TopologicalOrderIterator<>(graph, Comparator.comparingInt(tables::indexOf))
                .forEachRemaining(order::add);
        }
        catch (IllegalArgumentException cycle) {
            throw new UserMistakeException("the foreign keys between " + String.join(", ", tables)
                    + " form a cycle, so no copy order puts every parent first");
        }
        return order;
    }

}
